# RUN: %difftest %s
# @contextmanager error paths: the generator raising a different exception than the body's
# (chained), a generator that yields twice ("generator didn't stop"), one that catches and
# yields again after an error ("generator didn't stop after throw()"), StopIteration in the
# body (not swallowed); and one that converts the error, uncaught at the end.
import contextlib


@contextlib.contextmanager
def converting():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"converted {e}") from e


@contextlib.contextmanager
def twice():
    yield 1
    yield 2


@contextlib.contextmanager
def stubborn():
    try:
        yield
    except Exception:
        yield


@contextlib.contextmanager
def plain():
    yield


try:
    with twice() as v:
        print("body", v)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with stubborn():
        raise ValueError("v")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with plain():
        raise StopIteration("in body")
except StopIteration as e:
    print("StopIteration kept:", e)
try:
    with converting():
        raise KeyError("k1")
except LookupError as e:
    print(repr(e), repr(e.__cause__))


def lookup(d, key):
    with converting():
        return d[key]


print(lookup({"a": 1}, "a"))
lookup({}, "missing")
