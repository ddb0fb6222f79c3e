# RUN: %difftest %s
# except* clauses that re-raise, raise new exceptions, or raise from: the resulting group
# combines them; an uncaught combination of a re-raised and a new exception at the end.
import traceback


def reraise_one():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        print("type handled")


try:
    reraise_one()
except ExceptionGroup as e:
    print("reraise_one:", repr(e))


def new_from():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("converted") from e


try:
    new_from()
except ExceptionGroup as e:
    inner = e.exceptions[0]
    print(repr(e), repr(inner), repr(inner.__cause__))


def both():
    try:
        raise ExceptionGroup("orig", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise
    except* KeyError:
        raise OSError("new in handler")


try:
    raise ValueError("x")
except* ValueError as e:
    print("naked wrapped:", repr(e), e.exceptions[0].__traceback__ is not None)

try:
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError:
        pass
    except* TypeError:
        pass
    print("all handled")
except Exception:
    traceback.print_exc()

both()
