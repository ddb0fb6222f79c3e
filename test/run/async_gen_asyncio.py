# RUN: %difftest %s
# Async generators under asyncio: async for, break (the generator is left suspended and
# closed by the loop's shutdown_asyncgens, its finally awaiting), exceptions raised inside
# and thrown in, ag_running/ag_await while suspended, aiter()/anext() with and without a
# default, collections.abc, sys.set_asyncgen_hooks, an uncaught error at the end.
import asyncio
import collections.abc
import sys


async def ticks(n, delay=0):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticks finally", n)


async def endless(log):
    i = 0
    try:
        while True:
            yield i
            i += 1
    finally:
        log.append("endless closing")
        await asyncio.sleep(0)
        log.append("endless closed")


async def fails_after(n):
    for i in range(n):
        yield i
    raise ValueError(f"after {n}")


async def catching():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            print("agen caught", e)


log = []
keep = []


async def main():
    async for t in ticks(3):
        print("tick", t)
    else:
        print("loop else")
    async for t in ticks(5):
        if t == 2:
            break
    print("after break")
    g = endless(log)
    keep.append(g)
    async for v in g:
        if v == 3:
            break
    print("left suspended", g.ag_running, g.ag_frame is not None)
    try:
        async for v in fails_after(2):
            print("got", v)
    except ValueError as e:
        print("caught", e)
    it = aiter(ticks(2))
    print(await anext(it), await anext(it))
    print(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("exhausted")
    print(await anext(ticks(0), "empty"))
    a = ticks(1)
    print(isinstance(a, collections.abc.AsyncGenerator),
          isinstance(a, collections.abc.AsyncIterator))
    print(aiter(a) is a)
    await a.aclose()
    c = catching()
    print(await c.asend(None))
    print(await c.athrow(KeyError("k")))
    print(await c.asend("x"))
    await c.aclose()
    slow = ticks(1, 0.01)
    task = asyncio.ensure_future(anext(slow))
    await asyncio.sleep(0)
    print("suspended", slow.ag_running, slow.ag_await is not None)
    print(await task)
    gens = [ticks(2) for _ in range(3)]
    print(await asyncio.gather(*(anext(x) for x in gens)))
    for x in gens:
        await x.aclose()
    return "main done"


print(asyncio.run(main()))
print(log)

hooks = []
def firstiter(agen):
    hooks.append(("firstiter", agen.__name__))
def finalizer(agen):
    hooks.append(("finalizer", agen.__name__))
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter, finalizer)
g = ticks(2)
n = g.__anext__()
try:
    n.send(None)
except StopIteration as e:
    print("first", e.value)
del n, g
sys.set_asyncgen_hooks(*old)
print(hooks)


async def broken():
    async for v in fails_after(1):
        print("value", v)
asyncio.run(broken())
