# RUN: %difftest %s
# The runtime's protocol error messages: a coroutine raising StopIteration, an async
# generator raising StopAsyncIteration, a coroutine ignoring GeneratorExit, anext() of a
# running async generator, re-awaiting asend()/aclose() awaitables, a types.coroutine
# bare yield, anext() with a default on a closed async generator.
import asyncio, types
async def raises_stop():
    raise StopIteration("in coro")
async def raises_stop_async():
    yield 1
    raise StopAsyncIteration
async def stubborn_coro():
    try:
        await asyncio.sleep(0)
    except GeneratorExit:
        await asyncio.sleep(0)
@types.coroutine
def bare_yield():
    yield
async def uses_bare():
    await bare_yield()
    return "done"
async def agen():
    await asyncio.sleep(0)
    yield 1
    yield 2
async def main():
    try:
        await raises_stop()
    except RuntimeError as e:
        print("RuntimeError:", e, repr(e.__cause__))
    g = raises_stop_async()
    print(await g.__anext__())
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    c = stubborn_coro()
    c.send(None)
    try:
        c.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    a = agen()
    first = a.__anext__()
    first.send(None)
    try:
        a.__anext__().send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        first.send(None)
    except StopIteration as e:
        print("first item via StopIteration", e.value)
    aw = a.asend(None)
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        print("RuntimeError:", e)
    x = a.aclose()
    await x
    try:
        await x
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await uses_bare())
    try:
        await anext(a)
    except StopAsyncIteration:
        print("closed agen stops")
    print(await anext(a, "default"))
asyncio.run(main())
