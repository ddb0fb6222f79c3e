# RUN: %difftest %s
# A function's docstring is not code: no line event for it; a function that has nothing
# but a docstring traces its `def` line, as CPython's implicit return does.
import sys


def only_doc():
    """only a doc"""


def doc_then_code():
    """doc"""
    return 1


def no_doc():
    x = 1
    return x


events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name != "tracer":
        events.append((event, frame.f_code.co_name, frame.f_lineno))
    return tracer


sys.settrace(tracer)
only_doc()
doc_then_code()
no_doc()
sys.settrace(None)
print(events[:-1])
