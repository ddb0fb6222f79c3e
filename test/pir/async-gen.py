# RUN: %pylc build %s --emit=pir -O0 -o - | grep -v '^  trace.line' | FileCheck %s
async def agen(xs):
    async for x in xs:
        yield await x

async def comp(xs):
    return [y async for y in xs]

# An async generator is a generator and a coroutine: `yield` is gen.yield (an async yield,
# the runtime wraps it), `await` and `async for` delegate with gen.yieldfrom; __anext__'s
# StopAsyncIteration ends the loop (END_ASYNC_FOR).
# CHECK-LABEL: func @agen(%0 xs) line 2 generator coroutine locals [xs, x] {
# CHECK:        [[AIT:%[0-9]+]] = aiter {{%[0-9]+}} : object  @3:4-4:21
# CHECK:      ^[[HEAD:bb[0-9]+]]:
# CHECK-NEXT:   [[NEXT:%[0-9]+]] = anext [[AIT]] : object unwind ^[[STOP:bb[0-9]+]]  @3:4-4:21
# CHECK-NEXT:   [[AW:%[0-9]+]] = iter.awaitable [[NEXT]] : object unwind ^[[STOP]]  @3:4-4:21
# CHECK-NEXT:   decref [[NEXT]]
# CHECK-NEXT:   gen.yieldfrom [[AW]], ^{{bb[0-9]+}} unwind ^[[STOP]]  @3:4-4:21
# CHECK-NEXT: ^[[STOP]]:
# CHECK-NEXT:   [[EXC:%[0-9]+]] = exc.fetch : object
# CHECK-NEXT:   {{%[0-9]+}} = exc.isstopasync [[EXC]] : bool
# CHECK:        gen.yieldfrom {{%[0-9]+}}, ^[[AFTER:bb[0-9]+]]  @4:14-4:21
# CHECK-NEXT: ^[[AFTER]]([[V:%[0-9]+]]: object):
# CHECK-NEXT:   gen.yield [[V]], ^{{bb[0-9]+}}  @4:8-4:21

# A list comprehension with async for is a coroutine the enclosing function awaits; its
# iterator comes from aiter in the enclosing function.
# CHECK-LABEL: func @comp(%0 xs) line 6 coroutine locals [xs] {
# CHECK:        [[FN:%[0-9]+]] = func.make @comp.<locals>.<listcomp> : object  @7:11-7:32
# CHECK:        [[IT:%[0-9]+]] = aiter {{%[0-9]+}} : object  @7:11-7:32
# CHECK:        [[C:%[0-9]+]] = call [[FN]], [[IT]] : object  @7:11-7:32
# CHECK:        [[A:%[0-9]+]] = iter.awaitable [[C]] : object  @7:11-7:32
# CHECK:        gen.yieldfrom [[A]], ^{{bb[0-9]+}}  @7:11-7:32
# CHECK-LABEL: func @comp.<locals>.<listcomp>(%0 .0) line 7 kind comprehension coroutine nested locals [.0, y] {
# CHECK:        anext {{%[0-9]+}} : object unwind ^{{bb[0-9]+}}  @7:11-7:32
# CHECK:        list.append
