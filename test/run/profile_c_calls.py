# RUN: %difftest %s
# sys.setprofile sees compiled code's calls of builtins as c_call/c_return/c_exception
# events (method descriptors bound to their object), as the interpreter's CALL reports them.
import sys

events = []


def profiler(frame, event, arg):
    if event.startswith("c_"):
        events.append((event, getattr(arg, "__name__", repr(arg)), frame.f_code.co_name))
    else:
        events.append((event, frame.f_code.co_name))


class Thing:
    def __getattr__(self, name):
        return name


def work(items):
    out = []
    out.append(len(items))
    hasattr(Thing(), "x")
    out.extend(sorted(items))
    try:
        int("nope")
    except ValueError:
        pass
    return out


sys.setprofile(profiler)
work([3, 1, 2])
sys.setprofile(None)
for e in events:
    print(e)
