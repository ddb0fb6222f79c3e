# RUN: %difftest %s
# Cancellation: CancelledError delivered at the await, finally and async with exits run in
# the cancelled task, a task that catches CancelledError and returns a value, cancel with a
# message, cancelling a finished task, uncancel/cancelling counters.
import asyncio


class Resource:
    async def __aenter__(self):
        print("acquire")
        return self

    async def __aexit__(self, typ, val, tb):
        print("release", typ.__name__ if typ else None)
        return False


async def worker():
    async with Resource():
        try:
            await asyncio.sleep(10)
        finally:
            print("worker finally")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn caught cancel")
        return "returned anyway"


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("worker cancelled:", t.cancelled())
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())
    m = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    m.cancel("with a message")
    try:
        await m
    except asyncio.CancelledError as e:
        print("message:", e.args)
    done = asyncio.create_task(asyncio.sleep(0, result="done"))
    await done
    print("cancel finished ->", done.cancel(), done.result())
    c = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    c.cancel()
    c.cancel()
    print("cancelling:", c.cancelling())
    try:
        await c
    except asyncio.CancelledError:
        print("cancelled once")
    print(issubclass(asyncio.CancelledError, Exception),
          issubclass(asyncio.CancelledError, BaseException))


asyncio.run(main())
