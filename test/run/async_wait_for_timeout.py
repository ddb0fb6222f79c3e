# RUN: %difftest %s
# asyncio.wait_for: a result in time, a timeout (TimeoutError, the inner coroutine is
# cancelled and its finally runs), the inner coroutine suppressing cancellation, and
# asyncio.timeout with a nested handler; small deterministic sleeps.
import asyncio


async def quick():
    await asyncio.sleep(0)
    return "quick result"


async def slow(log):
    try:
        await asyncio.sleep(10)
        return "never"
    except asyncio.CancelledError:
        log.append("slow cancelled")
        raise
    finally:
        log.append("slow finally")


async def main():
    print(await asyncio.wait_for(quick(), timeout=5))
    log = []
    try:
        await asyncio.wait_for(slow(log), timeout=0.01)
    except TimeoutError as e:
        print("timed out:", type(e).__name__, isinstance(e, asyncio.TimeoutError))
    print(log)
    print(await asyncio.wait_for(quick(), timeout=None))
    try:
        async with asyncio.timeout(0.01) as cm:
            try:
                await asyncio.sleep(5)
            finally:
                print("inner finally, expired:", cm.expired())
    except TimeoutError:
        print("timeout context expired:", cm.expired())
    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(0)
    print("not expired:", cm.expired())
    try:
        await asyncio.wait_for(asyncio.sleep(5), timeout=0)
    except TimeoutError:
        print("zero timeout")
    task = asyncio.create_task(slow(log))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.01)
    except TimeoutError:
        print("shielded task still running:", not task.done())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled afterwards", log[-2:])


asyncio.run(main())
