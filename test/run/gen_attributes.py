# RUN: %difftest %s
# gi_running, gi_frame (None after finish), gi_code names, gi_yieldfrom during delegation,
# gi_suspended via inspect.getgeneratorstate, __name__/__qualname__, ValueError when a
# running generator is re-entered.
import inspect


def inner():
    yield "i1"
    yield "i2"


def outer():
    yield "o1"
    yield from inner()


g = outer()
print(g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_running)
print(inspect.getgeneratorstate(g), g.gi_yieldfrom)
print(next(g), inspect.getgeneratorstate(g), g.gi_yieldfrom, g.gi_frame is not None)
print(next(g), g.gi_yieldfrom.gi_code.co_name, g.gi_yieldfrom.__name__)
print(next(g), g.gi_yieldfrom.gi_running)
print(next(g, "end"), inspect.getgeneratorstate(g), g.gi_frame, g.gi_yieldfrom)


def reenter():
    yield me.gi_running
    try:
        next(me)
    except ValueError as e:
        yield str(e)


me = reenter()
print(next(me), next(me))


class K:
    def method(self):
        yield 1


print(K().method().__qualname__)
g = outer()
g.__name__ = "renamed"
print(g.__name__, g.__qualname__)
print(inspect.isgeneratorfunction(outer), inspect.isgeneratorfunction(g), inspect.isgenerator(g))
