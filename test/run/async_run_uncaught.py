# RUN: %difftest %s
# asyncio.run with an exception escaping the main coroutine after awaiting a task that
# failed: the traceback goes through the awaits; asyncio.run inside a running loop and
# of a non-coroutine are errors handled first.
import asyncio


async def fetch(key):
    await asyncio.sleep(0)
    table = {"a": 1}
    return table[key]


async def inner_run():
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("nested run:", e)
    await coro


async def main():
    await inner_run()
    print(await fetch("a"))
    task = asyncio.create_task(fetch("b"))
    await task


try:
    asyncio.run(42)
except ValueError as e:
    print(e)
asyncio.run(main())
