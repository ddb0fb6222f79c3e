# RUN: %difftest %s
# SystemExit raised inside a coroutine run by asyncio.run ends the program with its code
# after the finally blocks run; errors inside except/finally of coroutines await fine.
import asyncio
import sys


async def cleanup(log):
    await asyncio.sleep(0)
    log.append("cleanup awaited")


async def handler_awaits():
    log = []
    try:
        raise ValueError("v")
    except ValueError as e:
        await cleanup(log)
        log.append(f"still handling {e!r}: {sys.exception()!r}")
    finally:
        await cleanup(log)
    return log


async def main():
    print(await handler_awaits())
    try:
        await asyncio.sleep(0)
        sys.exit(4)
    finally:
        print("main finally")


try:
    asyncio.run(main())
finally:
    print("after run")
