# RUN: %difftest %s
# contextlib on compiled async generators: asynccontextmanager (enter, exit, exceptions
# thrown in and suppressed, re-raised, replaced, StopAsyncIteration through it, a generator
# that does not yield or yields twice), AsyncExitStack and aclosing.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def resource(name, log):
    log.append(f"open {name}")
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"suppressed {e!r}")
    finally:
        await asyncio.sleep(0)
        log.append(f"close {name}")


@contextlib.asynccontextmanager
async def translating():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError("translated") from e


@contextlib.asynccontextmanager
async def no_yield():
    if False:
        yield


@contextlib.asynccontextmanager
async def twice():
    yield 1
    yield 2


@contextlib.asynccontextmanager
async def passthrough():
    yield


class Ticker:
    def __init__(self, log):
        self.log = log

    async def gen(self):
        try:
            for i in range(10):
                yield i
        finally:
            self.log.append("ticker closed")


async def main():
    log = []
    async with resource("a", log) as r:
        log.append(f"inside {r}")
    async with resource("b", log):
        raise KeyError("k")
    try:
        async with resource("c", log):
            raise IndexError("i")
    except IndexError as e:
        log.append(f"escaped {e!r}")
    try:
        async with translating():
            1 / 0
    except ValueError as e:
        print("translated", repr(e), repr(e.__cause__))
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        async with twice():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        async with passthrough():
            raise StopAsyncIteration("through")
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e)
    try:
        async with passthrough():
            raise StopIteration("sync")
    except StopIteration as e:
        print("StopIteration", e)
    async with contextlib.AsyncExitStack() as stack:
        for n in "xyz":
            print(await stack.enter_async_context(resource(n, log)))
    t = Ticker(log)
    async with contextlib.aclosing(t.gen()) as g:
        async for i in g:
            if i == 2:
                break
    print("\n".join(log))


asyncio.run(main())
