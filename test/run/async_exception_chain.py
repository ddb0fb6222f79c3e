# RUN: %difftest %s
# Exceptions crossing awaits and tasks keep their chaining: raise from inside a coroutine,
# context from a handler, an exception raised in a task awaited by another, and an uncaught
# chained error out of asyncio.run (its tracebacks include asyncio's frames).
import asyncio


class FetchError(Exception):
    pass


async def low_level(key):
    await asyncio.sleep(0)
    return {"a": 1}[key]


async def fetch(key):
    try:
        return await low_level(key)
    except KeyError as e:
        raise FetchError(f"no {key}") from e


async def with_context():
    try:
        await fetch("b")
    except FetchError:
        await asyncio.sleep(0)
        raise RuntimeError("while handling")


async def main():
    try:
        await fetch("z")
    except FetchError as e:
        print(repr(e), repr(e.__cause__))
    try:
        await with_context()
    except RuntimeError as e:
        print(repr(e), repr(e.__context__), repr(e.__context__.__cause__))
    task = asyncio.create_task(fetch("q"))
    try:
        await task
    except FetchError as e:
        print("from task", repr(e), repr(task.exception()))
    await asyncio.create_task(fetch("last"))


asyncio.run(main())
