# RUN: %difftest %s
# A task iterating an async generator is cancelled mid-iteration: the CancelledError
# arrives at the generator's await, its finally runs (and may await), and the consumer's
# cleanup runs; aclose() of a generator suspended in a try.
import asyncio


async def ticker(log):
    i = 0
    try:
        while True:
            await asyncio.sleep(0)
            yield i
            i += 1
    finally:
        log.append(f"ticker finally at {i}")
        await asyncio.sleep(0)
        log.append("ticker cleanup awaited")


async def consume(log):
    try:
        async for v in ticker(log):
            log.append(f"got {v}")
    except asyncio.CancelledError:
        log.append("consumer cancelled")
        raise


async def main():
    log = []
    task = asyncio.create_task(consume(log))
    for _ in range(5):
        await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log.append("task done")
    print(log)
    log = []
    gen = ticker(log)
    print(await gen.__anext__(), await gen.__anext__())
    await gen.aclose()
    print(log)
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("closed generator is exhausted")


asyncio.run(main())
