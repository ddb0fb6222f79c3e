# RUN: %difftest %s
# contextvars under asyncio: each task runs in a copy of the context current when it was
# created, so its changes do not leak back; gather of coroutines wraps each in a task;
# Token reset; copy_context().run.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")


async def handler(name):
    print(name, "sees", request_id.get())
    request_id.set(name)
    await asyncio.sleep(0)
    print(name, "after sleep", request_id.get())
    return request_id.get()


async def main():
    token = request_id.set("main")
    print(await asyncio.gather(handler("h1"), handler("h2")))
    print("main still", request_id.get())
    t = asyncio.create_task(handler("t"))
    request_id.set("changed after create")
    await t
    await handler("awaited directly")
    print("main now", request_id.get())
    request_id.reset(token)
    print("after reset", request_id.get())
    ctx = contextvars.copy_context()
    print(ctx.run(request_id.set, "in copy") is not None, request_id.get(), ctx[request_id])
    print(request_id.name, request_id.get("fallback"))


asyncio.run(main())
