# RUN: %difftest %s
# contextlib: a @contextmanager that handles, suppresses and re-raises the body's error,
# suppress(), ExitStack callbacks in LIFO order with an exception passing through them,
# nullcontext, closing, and a generator-based manager that fails to yield.
import contextlib


@contextlib.contextmanager
def tag(name, swallow=()):
    print(f"<{name}>")
    try:
        yield name.upper()
    except swallow as e:
        print(f"swallowed {e!r} in {name}")
    finally:
        print(f"</{name}>")


with tag("a") as t:
    print("body", t)
with tag("b", swallow=ValueError):
    raise ValueError("inside b")
try:
    with tag("c", swallow=ValueError):
        raise KeyError("inside c")
except KeyError as e:
    print("propagated", repr(e))
with contextlib.suppress(ZeroDivisionError, KeyError):
    print("before")
    1 / 0
    print("never")
print("after suppress")
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    stack.enter_context(tag("stacked"))
    print("stack body")
try:
    with contextlib.ExitStack() as stack:
        stack.callback(print, "cleanup runs during the error")

        @stack.push
        def exit_hook(typ, val, tb):
            print("hook sees", typ.__name__)
            return False
        raise IndexError("in stack")
except IndexError as e:
    print("after stack", e)
with contextlib.nullcontext("value") as v:
    print(v)


class Thing:
    def close(self):
        print("closed thing")


with contextlib.closing(Thing()):
    print("using thing")


@contextlib.contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
