# RUN: %difftest %s
# sys.exception() as seen from __exit__ (the body's exception, or the enclosing handler's),
# __del__ and a collected generator's finally during handling; f_back of a generator's frame
# (its current caller, None while suspended) and the frame chain of a coroutine under asyncio.
import sys, asyncio, traceback
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit sees", repr(sys.exception()), t.__name__ if t else None)
        return True
with CM():
    pass
with CM():
    raise KeyError("in body")
try:
    raise ValueError("outer")
except ValueError:
    with CM():
        pass
    with CM():
        raise TypeError("inner")
    print("after", repr(sys.exception()))

def gen():
    f = sys._getframe()
    yield f.f_back.f_code.co_name
    yield f.f_back.f_code.co_name if f.f_back else None
def caller1(g): return next(g)
def caller2(g): return next(g)
g = gen()
print(caller1(g), caller2(g), g.gi_frame.f_back)

async def inner():
    names = []
    f = sys._getframe()
    while f:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
async def outer():
    return await inner()
print(asyncio.run(outer()))
async def st():
    return [f.name for f in traceback.extract_stack()][-4:]
async def st2():
    return await st()
print(asyncio.run(st2()))

class D:
    def __del__(self):
        print("del sees", repr(sys.exception()))
try:
    raise OSError("while deleting")
except OSError:
    d = D()
    del d
def f():
    try:
        yield
    finally:
        print("gen finally sees", repr(sys.exception()))
gg = f(); next(gg)
try:
    raise IndexError("active")
except IndexError:
    del gg
