# RUN: %difftest %s
# Low-level asyncio: Futures resolved by callbacks (call_soon order, call_later with
# deterministic small delays), set_exception, add_done_callback order, awaiting a future
# twice, set_result on a done future (InvalidStateError), run_in_executor-free threads
# avoided so everything stays on one thread.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    order = []
    for i in range(3):
        loop.call_soon(order.append, f"soon{i}")
    loop.call_later(0.02, order.append, "later-long")
    loop.call_later(0.01, order.append, "later-short")
    await asyncio.sleep(0.05)
    print(order)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("cb1", f.result()))
    fut.add_done_callback(lambda f: print("cb2"))
    loop.call_soon(fut.set_result, "resolved")
    print(await fut, await fut)
    await asyncio.sleep(0)
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    bad = loop.create_future()
    loop.call_soon(bad.set_exception, ZeroDivisionError("in future"))
    try:
        await bad
    except ZeroDivisionError as e:
        print("awaited error", e, repr(bad.exception()))
    cancelled = loop.create_future()
    loop.call_soon(cancelled.cancel)
    try:
        await cancelled
    except asyncio.CancelledError:
        print("future cancelled", cancelled.cancelled(), cancelled.done())
    handle = loop.call_later(10, print, "never printed")
    handle.cancel()
    print("handle cancelled", handle.cancelled())
    try:
        bad.set_exception(StopIteration())
    except (TypeError, asyncio.InvalidStateError) as e:
        print(type(e).__name__)
    f2 = loop.create_future()
    try:
        f2.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
