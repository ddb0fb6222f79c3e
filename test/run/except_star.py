# RUN: %difftest %s
# try/except*: splitting groups across clauses, naked exceptions, re-raise, new raises,
# sys.exception() in clauses, new exceptions from one and from two clauses (the uncaught
# group's traceback). Debian's 3.11.2 wraps even a single new exception in a group.
import sys
def f(exc):
    try:
        raise exc
    except* ValueError as e:
        print("V", repr(e), repr(sys.exception()))
    except* TypeError as e:
        print("T", repr(e), repr(sys.exception()))
    print("after", sys.exception())
f(ExceptionGroup("eg", [ValueError(1), TypeError(2)]))
f(ValueError(3))
try:
    f(ExceptionGroup("eg", [ValueError(1), KeyError(2)]))
except* KeyError as e:
    print("outer", repr(e))
def h():
    try:
        raise ExceptionGroup("y", [ValueError("a")])
    except* ValueError:
        raise
try:
    h()
except ExceptionGroup as e:
    print("h:", repr(e))
try:
    raise TypeError("t")
except* TypeError as e:
    print("naked", repr(e), e.exceptions)
def many():
    try:
        raise ExceptionGroup("x", [ValueError("a"), OSError("b")])
    except* ValueError:
        raise RuntimeError("new")
    except* OSError:
        raise KeyError("k")
def one():
    try:
        raise ExceptionGroup("x", [ValueError("a"), OSError("b")])
    except* ValueError:
        raise RuntimeError("new")
    except* OSError:
        pass
try:
    one()
except BaseException as e:
    print("one:", repr(e))
many()
