# RUN: %difftest %s
# types.coroutine on compiled generator functions: it sets CO_ITERABLE_COROUTINE through
# __code__ = __code__.replace(...) (compiled functions report types.FunctionType through
# __class__), after which the generator may `yield from` a coroutine and be awaited.
import asyncio
import inspect
import types
from collections.abc import Awaitable, Coroutine


@types.coroutine
def sleep0():
    yield


@types.coroutine
def bar(c):
    return (yield from c)


async def foo():
    await sleep0()
    return "spam"


def run(coro):
    out = []
    while True:
        try:
            out.append(coro.send(None))
        except StopIteration as e:
            return out, e.value


print(isinstance(foo, types.FunctionType), inspect.isfunction(foo))
print(bool(bar.__code__.co_flags & inspect.CO_ITERABLE_COROUTINE))
g = bar(foo())
print(g.__class__ is types.GeneratorType, inspect.isawaitable(g))
print(isinstance(g, Awaitable), isinstance(g, Coroutine))
print(run(g))
print(asyncio.run(foo()))


def plain():
    return (yield from c)

c = foo()
try:
    run(plain())
except TypeError as e:
    print("TypeError:", e)
c.close()
try:
    foo.__code__ = 1
except TypeError as e:
    print("TypeError:", e)
print(repr(sleep0()).split(" at ")[0], repr(c).split(" at ")[0])


class Countdown:
    """__anext__ is a types.coroutine generator: builtin anext() awaits it in C."""
    def __init__(self):
        self.n = 2

    def __aiter__(self):
        return self

    @types.coroutine
    def __anext__(self):
        if False:
            yield
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def consume():
    it = Countdown()
    return [await anext(it, "end"), await anext(it, "end"), await anext(it, "end")]

print(asyncio.run(consume()), hasattr(sleep0(), "__await__"))
