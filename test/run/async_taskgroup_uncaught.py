# RUN: %difftest %s
# An error from a TaskGroup child that nobody handles: the ExceptionGroup propagates out of
# asyncio.run; its rendering shows the group's frames and each child's traceback.
import asyncio


async def fetch(n):
    await asyncio.sleep(0)
    if n % 2:
        raise ConnectionError(f"fetch {n} failed")
    return n


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(n)) for n in (0, 2)]
    print([t.result() for t in tasks])
    async with asyncio.TaskGroup() as tg:
        for n in (1, 2, 3):
            tg.create_task(fetch(n))


asyncio.run(main())
