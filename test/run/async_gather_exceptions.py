# RUN: %difftest %s
# asyncio.gather: results in argument order regardless of finishing order, return_exceptions
# collecting errors (also CancelledError), the first error propagating while the others keep
# running, gather of no awaitables, and gather of a task and a bare coroutine.
import asyncio


async def job(name, steps, fail=False):
    for _ in range(steps):
        await asyncio.sleep(0)
    if fail:
        raise ValueError(f"{name} failed")
    print("finished", name)
    return name.upper()


async def main():
    print(await asyncio.gather(job("slow", 3), job("fast", 1), job("mid", 2)))
    res = await asyncio.gather(job("a", 1), job("b", 2, fail=True), job("c", 0),
                               return_exceptions=True)
    print([repr(r) for r in res])
    try:
        await asyncio.gather(job("x", 2), job("y", 0, fail=True))
    except ValueError as e:
        print("propagated", e)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(await asyncio.gather())
    t = asyncio.create_task(job("task", 1))
    print(await asyncio.gather(t, job("coro", 1)), t.done(), t.result())
    victim = asyncio.create_task(job("victim", 5))
    fut = asyncio.gather(victim, job("other", 1), return_exceptions=True)
    await asyncio.sleep(0)
    victim.cancel()
    print([type(r).__name__ for r in await fut])
    outer = asyncio.gather(job("p", 3), job("q", 3))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("gather cancelled", outer.cancelled())


asyncio.run(main())
