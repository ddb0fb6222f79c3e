# RUN: %difftest %s
# The handled-exception state across generator resumption: a generator resumed inside the
# caller's except block sees the caller's exception as sys.exception() and as __context__
# of what it raises; its own handled exception is saved while suspended and restored.
import sys


def probe():
    while True:
        cmd = yield repr(sys.exception())
        if cmd == "raise":
            raise ValueError("raised in generator")


g = probe()
print(next(g))
try:
    raise KeyError("caller")
except KeyError:
    print(g.send(None))
print(g.send(None))
try:
    try:
        raise TypeError("outer handled")
    except TypeError:
        g.send("raise")
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))


def own_handler():
    try:
        raise OSError("generator's own")
    except OSError:
        yield repr(sys.exception())
        yield repr(sys.exception())
        raise RuntimeError("from inside handler")


h = own_handler()
print(next(h))
try:
    raise IndexError("caller's")
except IndexError:
    print(next(h))
    print("caller sees", repr(sys.exception()))
try:
    next(h)
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))


def thrown():
    try:
        yield
    except ZeroDivisionError:
        yield repr(sys.exception())


t = thrown()
next(t)
try:
    raise AttributeError("active in caller")
except AttributeError:
    print(t.throw(ZeroDivisionError("thrown")))
