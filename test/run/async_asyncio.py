# RUN: %difftest %s
# async def/await under asyncio: tasks, gather, queues, async with, async for, timeouts,
# cancellation, exceptions through awaits, an uncaught error in a coroutine.
import asyncio
async def add(a, b):
    await asyncio.sleep(0)
    return a + b
async def worker(name, q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        out.append((name, item * 2))
        q.task_done()
class Res:
    async def __aenter__(self):
        print("aenter"); return self
    async def __aexit__(self, *exc):
        print("aexit", exc[0]); return False
class Ticker:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i
async def main():
    print(await add(1, 2))
    print(await asyncio.gather(add(1, 1), add(2, 2), add(3, 3)))
    q = asyncio.Queue()
    out = []
    ws = [asyncio.create_task(worker(f"w{i}", q, out)) for i in range(2)]
    for i in range(5):
        await q.put(i)
    for _ in ws:
        await q.put(None)
    await q.join()
    print(sorted(out))
    async with Res() as r:
        print("inside", type(r).__name__)
    async for t in Ticker(3):
        print("tick", t)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")
    task = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled")
    async def failing():
        await asyncio.sleep(0)
        raise ValueError("inner")
    try:
        await failing()
    except ValueError as e:
        print("caught", e)
    return "done"
print(asyncio.run(main()))
c = add(1, 2)
print(type(c).__name__.endswith("coroutine"))
c.close()
async def bad():
    await asyncio.sleep(0)
    1 / 0
asyncio.run(bad())
