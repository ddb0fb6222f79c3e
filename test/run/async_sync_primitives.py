# RUN: %difftest %s
# asyncio Lock, Event, Semaphore and Condition: ordering of waiters, locked(), the event
# releasing all waiters, a semaphore bounding concurrency, async with on each.
import asyncio


async def locked_section(lock, name, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0)
        log.append(f"{name} out")


async def waiter(event, name):
    print(name, "waiting")
    await event.wait()
    print(name, "released")


async def limited(sem, name, active, peak):
    async with sem:
        active.append(name)
        peak.append(len(active))
        await asyncio.sleep(0)
        active.remove(name)


async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "took", items.pop(0))


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(locked_section(lock, n, log) for n in "abc"))
    print(log, lock.locked())
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print("setting", event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    sem = asyncio.Semaphore(2)
    active, peak = [], []
    await asyncio.gather(*(limited(sem, i, active, peak) for i in range(5)))
    print("peak", max(peak), active)
    cond = asyncio.Condition()
    items = []
    cs = [asyncio.create_task(consumer(cond, items, f"c{i}")) for i in range(2)]
    await asyncio.sleep(0)
    for v in ["x", "y"]:
        async with cond:
            items.append(v)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)
    try:
        lock.release()
    except RuntimeError as e:
        print(e)


asyncio.run(main())
