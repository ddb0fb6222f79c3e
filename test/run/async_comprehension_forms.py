# RUN: %difftest %s
# Async comprehensions over a class-based async iterator: filters with await, walrus,
# dict/set forms, async for with break/else inside a coroutine, and an exception raised in
# __anext__ that propagates out of the comprehension (uncaught).
import asyncio


class Countdown:
    def __init__(self, start, fail_at=None):
        self.n = start
        self.fail_at = fail_at

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n == self.fail_at:
            raise LookupError(f"failed at {self.n}")
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1


async def is_even(x):
    await asyncio.sleep(0)
    return x % 2 == 0


async def main():
    print([x async for x in Countdown(5)])
    print([x async for x in Countdown(6) if await is_even(x)])
    print({x: x * x async for x in Countdown(3)})
    print(sorted({x % 2 async for x in Countdown(4)}))
    print([await is_even(x) for x in range(3)])
    print([last := x async for x in Countdown(3)], last)
    async for x in Countdown(5):
        if x == 3:
            print("break at", x)
            break
    else:
        print("no else")
    async for x in Countdown(2):
        pass
    else:
        print("else after", x)
    print([(a, b) async for a in Countdown(2) for b in range(a)])
    return [x async for x in Countdown(4, fail_at=2)]


asyncio.run(main())
