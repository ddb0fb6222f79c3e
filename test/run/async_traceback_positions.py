# RUN: %difftest %s
# Traceback positions inside coroutines: a multi-line awaited method call, an async for over
# a failing __anext__, gather of a failing coroutine, an async comprehension's frame.
import asyncio, sys, traceback
class Obj:
    async def method(self, x):
        await asyncio.sleep(0)
        return 1 / x
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise OSError("anext failed")
async def show(coro_fn):
    try:
        await coro_fn()
    except Exception:
        traceback.print_exc(file=sys.stdout)
async def multi_await():
    o = Obj()
    return await (o
                  .method(
                      0))
async def async_for_err():
    async for x in (
            Obj()):
        pass
async def gather_multi():
    return await asyncio.gather(
        Obj().method(1),
        Obj().method(0),
    )
async def comp_err():
    return [x async for x in Obj()]
async def main():
    for f in [multi_await, async_for_err, gather_multi, comp_err]:
        await show(f)
asyncio.run(main())
