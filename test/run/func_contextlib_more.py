# RUN: %difftest %s
# contextlib beyond the basics: a contextmanager used as a decorator (a fresh generator
# per call), StopIteration raised in the body passing through the generator, ExitStack
# callbacks in LIFO order with one raising (its context is the body's exception),
# suppress inside an ExitStack, nullcontext, re-entering a one-shot manager, and an
# uncaught exception seen and re-raised by the manager.
import contextlib
@contextlib.contextmanager
def traced(name):
    print("enter", name)
    try:
        yield
    except Exception as e:
        print("saw", type(e).__name__, "in", name)
        raise
    finally:
        print("exit", name)
@traced("as decorator")
def decorated(x):
    print("body with", x)
    return x * 2
print(decorated(3))
print(decorated(4))
try:
    with traced("stopiteration"):
        raise StopIteration("from body")
except StopIteration as e:
    print("StopIteration propagated:", e)
except RuntimeError as e:
    print("RuntimeError:", e)
@contextlib.contextmanager
def swallow_stop():
    try:
        yield
    except StopIteration:
        print("swallowed StopIteration")
with swallow_stop():
    next(iter([]))
def cb(tag):
    print("callback", tag)
    if tag == "raise":
        raise KeyError("from callback")
try:
    with contextlib.ExitStack() as stack:
        stack.callback(cb, "first registered")
        stack.callback(cb, "raise")
        stack.callback(cb, "last registered")
        raise ValueError("body")
except KeyError as e:
    print("KeyError:", e, "context:", repr(e.__context__))
with contextlib.ExitStack() as stack:
    stack.enter_context(contextlib.suppress(ZeroDivisionError))
    stack.enter_context(traced("inside stack"))
    1 / 0
print("suppressed through stack")
with contextlib.nullcontext("value") as v:
    print(v)
@contextlib.contextmanager
def gen_cm():
    yield 1
cm = gen_cm()
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError, TypeError) as e:
    print(type(e).__name__, e)
with traced("uncaught"):
    {}["missing"]
