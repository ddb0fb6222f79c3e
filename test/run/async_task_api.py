# RUN: %difftest %s
# Task objects: names, done/result/exception before and after, exception() of a failed
# task, result() of a pending task (InvalidStateError), done callbacks order, as_completed
# with deterministic step counts, asyncio.wait with FIRST_COMPLETED.
import asyncio


async def steps(n, value, fail=False):
    for _ in range(n):
        await asyncio.sleep(0)
    if fail:
        raise KeyError(value)
    return value


async def main():
    t = asyncio.create_task(steps(1, "v"), name="my-task")
    print(t.get_name(), t.done())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    t.add_done_callback(lambda task: print("callback 1", task.result()))
    t.add_done_callback(lambda task: print("callback 2"))
    await t
    await asyncio.sleep(0)
    print(t.done(), t.result(), t.exception())
    f = asyncio.create_task(steps(0, "k", fail=True))
    await asyncio.wait([f])
    print(repr(f.exception()))
    try:
        f.result()
    except KeyError as e:
        print("result re-raises", repr(e))
    order = []
    for coro in asyncio.as_completed([steps(3, "three"), steps(1, "one"), steps(2, "two")]):
        order.append(await coro)
    print(order)
    tasks = [asyncio.create_task(steps(n, n)) for n in (4, 1, 6)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(x.result() for x in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(x.result() for x in done), len(pending))
    print(asyncio.current_task().get_name() == "Task-1")
    print(len(asyncio.all_tasks()))


asyncio.run(main())
