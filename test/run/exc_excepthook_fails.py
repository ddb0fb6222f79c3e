# RUN: %difftest %s
# A sys.excepthook that raises: "Error in sys.excepthook:" with its traceback, then the
# original exception (a class whose __module__ is None prints as <unknown>.Weird, with a
# multi-line non-ASCII message).
import sys
def bad_hook(t, v, tb):
    print("hook called with", t.__name__, file=sys.stderr)
    raise RuntimeError("hook itself failed")
sys.excepthook = bad_hook
class Weird(Exception):
    pass
Weird.__module__ = None
print("start")
raise Weird("multi\nline message ünïcode")
