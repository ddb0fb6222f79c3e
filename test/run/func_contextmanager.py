# RUN: %difftest %s
# contextlib.contextmanager generators: setup/teardown order, the yielded value,
# an exception in the with body thrown into the generator (handled, re-raised, replaced),
# a generator that does not yield, nested managers, ExitStack, suppress and closing.
import contextlib

@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled in", name, repr(e))
    finally:
        print("</%s>" % name)

with tag("a") as t:
    print("body", t)
with tag("b"):
    raise KeyError("swallowed")
print("after b")
try:
    with tag("c"):
        raise ValueError("passes through")
except ValueError as e:
    print("caught", e)
with tag("outer"), tag("inner") as i:
    print("nested", i)

@contextlib.contextmanager
def convert():
    try:
        yield
    except ZeroDivisionError as e:
        raise RuntimeError("converted") from e
try:
    with convert():
        1 / 0
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

with contextlib.ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback runs first")
    print("in stack")
with contextlib.suppress(IndexError, KeyError):
    [][1]
print("suppressed")
class Res:
    def close(self):
        print("Res closed")
with contextlib.closing(Res()):
    print("using res")

@contextlib.contextmanager
def reraise():
    yield
with reraise():
    raise LookupError("uncaught through contextmanager")
