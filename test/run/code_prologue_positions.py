# RUN: %difftest %s
# A code object's prologue has CPython's positions: MAKE_CELL/COPY_FREE_VARS none, RESUME
# (line, line, 0, 0), a module's RESUME (0, 1, 0, 0); co_names lists the global, attribute
# and imported names, which inspect.getclosurevars reads.
import inspect
import sys
import traceback
import types

_global_ref = object()


def f():
    return sys._getframe()


def outer(nonlocal_ref):
    def inner(local_ref):
        print(local_ref, nonlocal_ref, _global_ref, unbound_ref, len.__name__)
        return local_ref.attr

    return inner


print(list(sys._getframe().f_code.co_positions())[0])
print(list(f.__code__.co_positions())[0])
print(list(outer.__code__.co_positions())[:2])
print(list(outer(1).__code__.co_positions())[:2])
print(sorted(outer(1).__code__.co_names))
cv = inspect.getclosurevars(outer(2))
print(cv.nonlocals, cv.globals == {"_global_ref": _global_ref}, cv.builtins, cv.unbound)

# A traceback entry at the first instruction shows the def line with an empty caret line.
frame = f()
tb = types.TracebackType(None, frame, 0, f.__code__.co_firstlineno)
exc = KeyboardInterrupt()
exc.__traceback__ = tb
print("".join(traceback.format_exception(exc)).replace(__file__, "FILE"))


def tracer(frame, event, arg):
    if event == "call":
        print(event, frame.f_code.co_name, frame.f_lineno)


sys.settrace(tracer)
f()


class C:
    pass


sys.settrace(None)
