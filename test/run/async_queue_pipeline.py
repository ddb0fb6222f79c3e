# RUN: %difftest %s
# A producer/consumer pipeline on bounded asyncio.Queues: backpressure order, sentinel
# shutdown, join/task_done, get_nowait on an empty queue, PriorityQueue and LifoQueue.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "size", q.qsize())
    await q.put(None)


async def transformer(qin, qout):
    while (item := await qin.get()) is not None:
        await qout.put(item * item)
        qin.task_done()
    qin.task_done()
    await qout.put(None)


async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            return len(out)
        out.append(item)


async def main():
    q1 = asyncio.Queue(maxsize=2)
    q2 = asyncio.Queue()
    out = []
    results = await asyncio.gather(producer(q1, 5), transformer(q1, q2), consumer(q2, out))
    print(results, out)
    await q1.join()
    print("joined", q1.empty(), q1.full())
    try:
        q1.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    small = asyncio.Queue(1)
    small.put_nowait("x")
    try:
        small.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        await lq.put(i)
    print([await lq.get() for _ in range(3)])


asyncio.run(main())
