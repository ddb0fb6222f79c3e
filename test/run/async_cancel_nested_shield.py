# RUN: %difftest %s
# Cancellation in depth: a cancelled body awaiting in its handler before __aexit__ (which
# awaits too), finally blocks of nested coroutines, shield protecting an inner task from an
# outer cancel, Timeout.reschedule, asyncio.wait with a timeout, wait_for timing out
# inside a TaskGroup, and a task replacing its CancelledError with another exception.
import asyncio
log = []
class Slow:
    async def __aenter__(self):
        log.append("enter")
        return self
    async def __aexit__(self, *exc):
        log.append(f"aexit start {exc[0].__name__ if exc[0] else None}")
        await asyncio.sleep(0)
        log.append("aexit done")
async def body():
    async with Slow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log.append("body cancelled")
            await asyncio.sleep(0)
            log.append("body cleanup awaited")
            raise
async def nested_inner():
    try:
        await asyncio.sleep(1)
    finally:
        log.append("inner finally")
async def nested_outer():
    try:
        await nested_inner()
    finally:
        log.append("outer finally")
async def shielded(res):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    res.append("shielded finished")
    return "shield-result"
async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("t cancelled")
    print(log); log.clear()
    t = asyncio.create_task(nested_outer())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(log, t.cancelled())
    res = []
    inner = asyncio.create_task(shielded(res))
    async def waiter():
        return await asyncio.shield(inner)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    w.cancel()
    r = await asyncio.gather(w, return_exceptions=True)
    print(type(r[0]).__name__, await inner, res)
    async def resched():
        async with asyncio.timeout(None) as cm:
            cm.reschedule(asyncio.get_running_loop().time() + 0.01)
            await asyncio.sleep(1)
    try:
        await resched()
    except TimeoutError:
        print("rescheduled timeout fired")
    async def sleeper(n):
        await asyncio.sleep(n)
        return n
    done, pending = await asyncio.wait([asyncio.create_task(sleeper(0)), asyncio.create_task(sleeper(5))], timeout=0.02)
    print(len(done), len(pending))
    for p in pending:
        p.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.wait_for(sleeper(5), 0.01))
            tg.create_task(sleeper(0))
    except* TimeoutError as eg:
        print("taskgroup timeout", len(eg.exceptions))
    async def raise_in_cancel():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            raise ValueError("replaced cancel")
    t = asyncio.create_task(raise_in_cancel())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except ValueError as e:
        print("got", repr(e), type(e.__context__).__name__, t.cancelled())
asyncio.run(main())
