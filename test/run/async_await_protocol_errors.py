# RUN: %difftest %s
# Errors of await under asyncio: awaiting a non-awaitable, __await__ returning a
# non-iterator, awaiting a coroutine twice, a coroutine that returns a value read from
# StopIteration; async for over a sync iterable and sync for over an async iterator.
import asyncio


class BadAwait:
    def __await__(self):
        return 42


class GoodAwait:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "good"


async def value():
    return "v"


async def main():
    for bad in [5, BadAwait()]:
        try:
            await bad
        except TypeError as e:
            print("TypeError:", e)
    print(await GoodAwait())
    c = value()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)

    async def agen():
        yield 1
    try:
        for x in agen():
            pass
    except TypeError as e:
        # The type's name differs when compiled (docs/compatibility.md).
        print("TypeError:", str(e).endswith("async_generator' object is not iterable"))
    try:
        async with object():
            pass
    except TypeError as e:
        print("TypeError:", e)
    coro = value()
    try:
        coro.send(None)
    except StopIteration as e:
        print("result via StopIteration:", e.value)


asyncio.run(main())
