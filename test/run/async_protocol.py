# RUN: %difftest %s
# Coroutines driven by hand: send/throw/close, __await__, cr_* attributes, awaiting a
# custom awaitable, errors of the await protocol.
import types

class Awaitable:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield ("request", self.v)
        return got * 10

async def child(x):
    r = await Awaitable(x)
    return r + 1

async def parent():
    a = await child(1)
    b = await child(2)
    return a, b

c = parent()
print(c.cr_running, c.cr_code.co_name, c.cr_frame is not None)
print(c.send(None))
print(c.send(3))
try:
    c.send(4)
except StopIteration as e:
    print("result", e.value)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("reuse:", e)

async def thrower():
    try:
        await Awaitable(0)
    except KeyError as e:
        return f"handled {e!r}"
t = thrower()
t.send(None)
try:
    t.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

w = parent().__await__()
print(next(w))
w.close()

async def bad_await():
    await 5
b = bad_await()
try:
    b.send(None)
except TypeError as e:
    print("TypeError:", e)

@types.coroutine
def legacy():
    yield "legacy"
    return "L"
async def uses_legacy():
    return await legacy()
u = uses_legacy()
print(u.send(None))
try:
    u.send(None)
except StopIteration as e:
    print(e.value)
