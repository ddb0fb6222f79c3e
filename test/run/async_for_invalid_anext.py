# RUN: %difftest %s
# 'async for' over an __anext__ that returns something not awaitable: a TypeError whose
# cause says why (it crashed: the cause was never set). Also: compiled coroutines report
# the interpreter's types through __class__, as run_async in test_coroutines checks.
import types


def run_async(coro):
    assert coro.__class__ in {types.GeneratorType, types.CoroutineType}
    buffer = []
    while True:
        try:
            buffer.append(coro.send(None))
        except StopIteration as ex:
            return buffer, ex.value


class I:
    def __aiter__(self):
        return self

    def __anext__(self):
        return ()


class J(I):
    def __anext__(self):
        class Bad:
            def __await__(self):
                return 42
        return Bad()


async def loop(it):
    async for i in it:
        print("never going to happen")

for it in (I(), J()):
    try:
        run_async(loop(it))
    except TypeError as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__))


def gen():
    yield 1


async def agen():
    yield 1

print(isinstance(gen(), types.GeneratorType), gen().__class__.__name__)
print(isinstance(agen(), types.AsyncGeneratorType), agen().__class__.__name__)
c = loop(I())
print(isinstance(c, types.CoroutineType), c.__class__.__name__)
c.close()
run_async(loop(I()))
