# RUN: %difftest %s
# Asynchronous comprehensions: list, set, dict and generator-expression forms with async
# for, await in the element and in conditions, several loops (sync and async mixed),
# nested async comprehensions (the outer one becomes asynchronous), an asynchronous
# generator expression in a plain function, errors inside, tracebacks through them.
import asyncio


async def agen(n, tag=""):
    for i in range(n):
        await asyncio.sleep(0)
        yield f"{tag}{i}" if tag else i


async def double(x):
    await asyncio.sleep(0)
    return x * 2


class NoAnext:
    def __aiter__(self):
        return self


def plain(n):
    # An asynchronous generator expression can be created anywhere.
    return (x + 100 async for x in agen(n))


async def main():
    print([x async for x in agen(4)])
    print([x async for x in agen(6) if x % 2])
    print({x async for x in agen(3)})
    print({x: str(x) async for x in agen(3)})
    print([await double(x) for x in range(3)])
    print([x for x in range(6) if await double(x) > 4])
    print({x: await double(x) async for x in agen(3)})
    print([(a, b) async for a in agen(2, "a") for b in range(2)])
    print([(a, b) for a in range(2) async for b in agen(2, "b")])
    print([(a, b) async for a in agen(2, "a") async for b in agen(2, "b")])
    print([[y async for y in agen(x)] for x in range(3)])
    print([[await double(y) for y in range(x)] for x in range(3)])
    g = (await double(x) async for x in agen(3))
    print(type(g).__name__.endswith("async_generator"), g.__name__, g.__qualname__)
    print([v async for v in g])
    print([v async for v in plain(2)])
    nested = ([y async for y in agen(x)] for x in range(3))
    print(type(nested).__name__.endswith("async_generator"))
    print([v async for v in nested])
    total = 0
    async for v in (x * x async for x in agen(4)):
        total += v
    print(total)
    print(await anext(x async for x in agen(1)))
    try:
        [x async for x in [1, 2]]
    except TypeError as e:
        print("TypeError", e)
    try:
        [x async for x in NoAnext()]
    except TypeError as e:
        print("TypeError", e)
    try:
        [1 / (x - 1) async for x in agen(3)]
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        [await x for x in [1]]
    except TypeError as e:
        print("TypeError", e)
    lst = [1, 2]
    print([x async for x in agen(2)] + lst)
    print([y for y in [x async for x in agen(3)]])
    return [x async for x in agen(2, "r")]


print(asyncio.run(main()))


async def fails():
    return {k: 10 // k async for k in agen(2)}


asyncio.run(fails())
