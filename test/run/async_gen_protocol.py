# RUN: %difftest %s
# Async generators driven by hand: __anext__/asend/athrow/aclose awaitables and their
# send/throw/close, the state rules and messages of CPython 3.11.2, async yields versus
# values an await passes through, StopAsyncIteration, PEP 479-style RuntimeErrors.
import types


@types.coroutine
def suspend(value):
    got = yield value
    return got


async def ag():
    got = yield 1
    print("got", got)
    r = await suspend("to the loop")
    print("await gave", r)
    got = yield 2
    print("got", got)


def step(aw, value=None, exc=None):
    try:
        r = aw.throw(exc) if exc else aw.send(value)
    except StopIteration as e:
        print("  StopIteration", e.value)
    except BaseException as e:
        print("  raised", type(e).__name__, e)
    else:
        print("  yielded", r)


print("-- asend/anext")
a = ag()
print(a.ag_running, a.ag_await, a.ag_frame is not None, a.ag_code.co_name)
print(hex(a.ag_code.co_flags & 0x200), a.__name__, a.__qualname__)
n = a.__anext__()
print(n.__await__() is n, iter(n) is n)
step(n)
step(n)
step(n, exc=ValueError)
s = a.asend("hello")
step(s)
print("running", a.ag_running, a.ag_await is not None)
step(s, "resumed")
step(s)
step(a.asend(None))
print(a.ag_frame, a.ag_running)
step(a.asend(None))
step(a.__anext__())

print("-- just started")
a = ag()
step(a.asend(5))
a = ag()
s1 = a.__anext__()
step(s1)
s2 = a.__anext__()
step(s2, "x")
step(s2)
s3 = a.__anext__()
s4 = a.__anext__()
step(s3)
step(s4)
s3.close()
step(s3)

print("-- athrow")
async def catcher():
    for i in range(3):
        try:
            yield i
        except KeyError as e:
            print("caught", repr(e))
            yield "after " + str(e)
a = catcher()
step(a.__anext__())
t = a.athrow(KeyError("k"))
step(t, 1)
step(t)
step(t)
step(a.athrow(KeyError, KeyError("k2"), None))
step(a.athrow(ValueError("v")))
step(a.athrow(ValueError("v")))
step(a.aclose())
a = catcher()
step(a.athrow(IndexError))
a = catcher()
step(a.athrow())
step(a.athrow(IndexError))
a = catcher()
step(a.__anext__())
step(a.athrow(1))
step(a.athrow(IndexError, 1, 2))
t = a.athrow(IndexError)
t.close()
step(t)
step(t, exc=KeyError)

print("-- aclose")
async def closing():
    try:
        yield 1
    finally:
        print("finally, awaiting")
        r = await suspend("in finally")
        print("finally got", r)
a = closing()
step(a.__anext__())
c = a.aclose()
step(c)
step(c, "x")
step(c)
step(a.aclose())
step(a.__anext__())

async def ignoring():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring GeneratorExit")
    yield 2
a = ignoring()
step(a.__anext__())
step(a.aclose())
step(a.aclose())

async def ignoring_after_await():
    try:
        yield 1
    except GeneratorExit:
        await suspend("cleanup")
        yield 2
a = ignoring_after_await()
step(a.__anext__())
c = a.aclose()
step(c)
step(c)
a = ignoring_after_await()
step(a.__anext__())
c = a.aclose()
step(c)
step(c, exc=ZeroDivisionError)
a = closing()
step(a.__anext__())
c = a.aclose()
step(c)
step(c, exc=GeneratorExit)
step(c)

a = closing()
step(a.aclose())
step(a.__anext__())
a = closing()
c1 = a.aclose()
step(a.__anext__())
step(c1)

print("-- running")
async def reentrant():
    yield 1
    step(me.__anext__())
    step(me.aclose())
    step(me.athrow(ValueError))
    yield 2
me = reentrant()
step(me.__anext__())
step(me.__anext__())

print("-- stop")
async def raises_stop_async():
    yield 1
    raise StopAsyncIteration("inner")
async def raises_stop():
    yield 1
    raise StopIteration("inner")
for f in (raises_stop_async, raises_stop):
    a = f()
    step(a.__anext__())
    try:
        a.__anext__().send(None)
    except RuntimeError as e:
        print(" ", e, "from", repr(e.__cause__))

async def failing():
    yield 1
    {}["missing"]
a = failing()
step(a.__anext__())
step(a.__anext__())
step(a.__anext__())
a = failing()
step(a.__anext__())
a.__anext__().send(None)
