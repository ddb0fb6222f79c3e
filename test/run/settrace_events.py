# RUN: %difftest %s
# sys.settrace and sys.setprofile over compiled code: the same 'call', 'line', 'return' and
# 'exception' events, in the same order, with the same f_lineno, as under the interpreter.
import sys

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__ or frame.f_code.co_name.startswith("tracer"):
        return tracer
    if event == "exception":
        arg = arg[0].__name__
    elif event == "return" and not isinstance(arg, (int, str, type(None), list)):
        arg = type(arg).__name__
    events.append((event, frame.f_code.co_name, frame.f_lineno, arg))
    return tracer


def run(fn, *args):
    events.clear()
    sys.settrace(tracer)
    try:
        result = fn(*args)
    except Exception as e:
        result = "raised " + type(e).__name__
    finally:
        sys.settrace(None)
    print(fn.__name__, result)
    for e in events:
        print("   ", *e)


def loops(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        total += i
    while n > 0:
        n -= 1
    while n < 2: n += 1
    return total


def handled():
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    finally:
        x = 1
    return x


def inner(k):
    if k:
        raise ValueError(k)
    return k


def propagates():
    inner(0)
    return inner(1)


def gen(n):
    for i in range(n):
        got = yield i
    return "end"


def uses_gen():
    g = gen(2)
    a = next(g)
    b = g.send(10)
    try:
        next(g)
    except StopIteration as e:
        return [a, b, e.value]


def comprehensions():
    xs = [i * 2 for i in range(2)]
    ys = {i: i for i in xs}
    return sum(ys)


def single():
    pass


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


def methods():
    b = Box(3)
    return b.get()


def matcher(cmd):
    match cmd.split():
        case ["go", where] if where in "nesw":
            return where
        case ["go", _]:
            return "nowhere"
        case _:
            return "?"


def multi_line(a,
               b):
    c = (a +
         b)
    return c


for fn, args in [(loops, (4,)), (handled, ()), (propagates, ()), (uses_gen, ()),
                 (comprehensions, ()), (single, ()), (methods, ()), (matcher, ("go n",)),
                 (matcher, ("go x",)), (matcher, ("stay",)), (multi_line, (1, 2))]:
    run(fn, *args)


# f_trace_lines = False: calls and returns only.
def quiet_tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        frame.f_trace_lines = False
        events.append((event, frame.f_code.co_name, frame.f_lineno))
    return quiet_tracer


events.clear()
sys.settrace(quiet_tracer)
loops(2)
sys.settrace(None)
print("quiet", events)


# Tracing switched on inside a function traces what it calls, not the rest of itself.
def turns_on():
    sys.settrace(tracer)
    a = inner(0)
    b = a + 1
    sys.settrace(None)
    return b


events.clear()
turns_on()
print("turns_on", events)


# setprofile: calls and returns (C calls are not compared here).
profiled = []


def profiler(frame, event, arg):
    if frame.f_code.co_filename == __file__ and event in ("call", "return"):
        profiled.append((event, frame.f_code.co_name, frame.f_lineno))


sys.setprofile(profiler)
methods()
uses_gen()
sys.setprofile(None)
print("profile", profiled)


# A trace function that raises stops tracing; the exception comes out of the traced code.
def bad_tracer(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "loops":
        raise KeyError("from tracer")
    return bad_tracer


sys.settrace(bad_tracer)
try:
    loops(3)
except KeyError as e:
    print("tracer raised", e, sys.gettrace())
sys.settrace(None)
