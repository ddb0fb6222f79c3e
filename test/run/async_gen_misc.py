# RUN: %difftest %s
# Async generators in the rest of the language: methods, closures and nonlocal, async with
# and async for inside, delegation to another async generator, asynchronous generator
# expressions capturing names (also at class level), ag_frame's line as it runs,
# athrow(GeneratorExit) (not a close), anext() with a default on errors.
import asyncio
import contextlib


class Counter:
    def __init__(self, n):
        self.n = n

    async def up(self, step=1):
        i = 0
        while i < self.n:
            yield i
            i += step

    def __aiter__(self):
        return self.up()


def make_gen(base):
    seen = []

    async def gen(n):
        nonlocal base
        for i in range(n):
            base += 1
            seen.append(base)
            yield base
    return gen, seen


class Res:
    async def __aenter__(self):
        print("enter")
        return self

    async def __aexit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)


async def with_inside():
    async with Res():
        yield "in with"
        yield "still in with"


async def chain(*gens):
    for g in gens:
        async for v in g:
            yield v


async def lines():
    yield 1
    await asyncio.sleep(0)
    yield 2


async def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit by athrow")
        yield "after exit"


async def fails():
    raise ValueError("in anext")
    yield


class Holder:
    data = [1, 2, 3]
    gen = (x async for x in Counter(2))


async def main():
    print([x async for x in Counter(5).up(2)])
    print([x async for x in Counter(3)])
    gen, seen = make_gen(10)
    print([x async for x in gen(3)], seen)
    async for v in with_inside():
        print(v)
    g = with_inside()
    print(await anext(g))
    await g.aclose()
    print([v async for v in chain(Counter(2), gen(2), lines())])
    g = lines()
    print(g.ag_frame.f_lineno, g.ag_code.co_firstlineno)
    await anext(g)
    print(g.ag_frame.f_lineno)
    await anext(g)
    print(g.ag_frame.f_lineno)
    k = 3
    ge = (x * k async for x in Counter(3) if x != await asyncio.sleep(0, 1))
    k = 4
    print([v async for v in ge])
    print([v async for v in Holder.gen])
    g = catches_exit()
    await anext(g)
    print(await g.athrow(GeneratorExit))
    await g.aclose()
    try:
        await anext(fails(), "default")
    except ValueError as e:
        print("ValueError", e)
    print(await anext(Counter(0).up(), "empty"))
    async with contextlib.aclosing(Counter(10).up()) as c:
        async for v in c:
            if v > 1:
                break
    print("done")


asyncio.run(main())
