# RUN: %difftest %s
# asyncio.TaskGroup (3.11): all children awaited on exit, a failing child cancels its
# siblings and the errors come out as an ExceptionGroup handled by except*; results.
import asyncio


async def child(name, steps, fail=None):
    try:
        for _ in range(steps):
            await asyncio.sleep(0)
        if fail:
            raise fail(f"{name} failed")
        print("child done", name)
        return name
    except asyncio.CancelledError:
        print("child cancelled", name)
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(child("a", 2))
        t2 = tg.create_task(child("b", 1))
    print("results", t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("ok", 1))
            tg.create_task(child("bad", 2, ValueError))
            tg.create_task(child("long", 10))
    except* ValueError as eg:
        print("caught", repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("v", 1, ValueError))
            tg.create_task(child("k", 1, KeyError))
    except* ValueError as eg:
        print("values", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("keys", [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("sibling", 5))
            await asyncio.sleep(0)
            raise RuntimeError("body failed")
    except* RuntimeError as eg:
        print("body error", repr(eg))


asyncio.run(main())
