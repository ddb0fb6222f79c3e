# RUN: %difftest %s
# Finalisation of async generators: asyncio's shutdown_asyncgens closes the ones left
# suspended (their finally blocks await), the finalizer hook runs when one is collected
# while the loop runs, and without hooks a collected generator is closed as a generator is
# (GeneratorExit at the yield; awaiting or yielding in reaction is reported as unraisable).
import asyncio
import gc
import sys


def unraisable(u):
    print("unraisable:", type(u.exc_value).__name__, u.exc_value, "in", u.object.__name__)


sys.unraisablehook = unraisable
log = []


async def resource(name):
    try:
        log.append(f"{name} start")
        while True:
            yield name
    finally:
        log.append(f"{name} finally")
        await asyncio.sleep(0)
        log.append(f"{name} cleaned up")


async def plain(name):
    try:
        yield name
        yield name
    finally:
        log.append(f"{name} finally (no await)")


keep = []


async def main():
    a = resource("kept")
    keep.append(a)
    print(await anext(a))
    b = resource("dropped")
    print(await anext(b))
    del b
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log)
    return "main"


async def main2():
    a = resource("kept")
    keep.append(a)
    print(await anext(a))
    b = resource("dropped")
    print(await anext(b))
    del b
    for _ in range(3):
        await asyncio.sleep(0)
    print(log)
    never = resource("never iterated")
    del never
    d = plain("plain")
    print(await anext(d))
    await d.aclose()
    e = plain("closed twice")
    await anext(e)
    await e.aclose()
    await e.aclose()
    return "main2"


print(asyncio.run(main()))
print(log)
log.clear()
keep.clear()
print(asyncio.run(main2()))
print(log)
log.clear()

g = plain("no hooks")
n = g.__anext__()
try:
    n.send(None)
except StopIteration as e:
    print("first", e.value)
del n, g
print(log)

g = resource("await in finally")
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("first", e.value)
del g
print(log)


async def ignores():
    try:
        yield 1
    except GeneratorExit:
        pass
    yield 2


async def returns():
    try:
        yield 1
    except GeneratorExit:
        log.append("returns caught")


for f in (ignores, returns):
    g = f()
    try:
        g.__anext__().send(None)
    except StopIteration as e:
        print("first", e.value)
    del g
print(log)


class Holder:
    pass


async def holding(h):
    try:
        yield 1
    finally:
        log.append("collected with its cycle")


h = Holder()
h.gen = holding(h)
try:
    h.gen.asend(None).send(None)
except StopIteration as e:
    print("first", e.value)
del h
gc.collect()
print(log[-1])
