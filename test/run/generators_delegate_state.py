# RUN: %difftest %s
# While a generator delegates (yield from / await) and the delegate runs, the delegating
# generator is running: gi_yieldfrom/cr_await/ag_await say None (only a suspended one
# names its delegate). A throw() that passes through delegating generators links their
# frames, so the stack seen inside the delegate is the same as for send().
import traceback
import types


def stack():
    return [f.name for f in traceback.extract_stack() if f.filename == __file__][:-1]


def inner():
    print("inner: outer.gi_yieldfrom", outer_gen.gi_yieldfrom, outer_gen.gi_running)
    try:
        yield stack()
    except ZeroDivisionError:
        yield stack()


def outer():
    yield from inner()


outer_gen = outer()
print(next(outer_gen))
print(outer_gen.gi_yieldfrom is not None)
print(outer_gen.throw(ZeroDivisionError))


def leaf_gen():
    print("leaf: a.cr_await", coro.cr_await, "b.cr_await", b_coro[0].cr_await)
    try:
        yield stack()
    except ZeroDivisionError:
        yield stack()


class Leaf:
    def __await__(self):
        return leaf_gen()


b_coro = []


async def a():
    return await b()


async def b():
    return await Leaf()


def b_wrapper():
    c = b()
    b_coro.append(c)
    return c


async def a2():
    return await b_wrapper()


coro = a2()
print(coro.send(None))
print(coro.cr_await is not None, b_coro[0].cr_await is not None)
print(coro.throw(ZeroDivisionError))
coro.close()


@types.coroutine
def agen_leaf():
    print("agen_leaf: ag_await", ag.ag_await, ag.ag_running)
    yield "to the loop"


async def agen():
    await agen_leaf()
    yield 1


ag = agen()
step = ag.__anext__()
print(step.send(None))
print(ag.ag_await is not None, ag.ag_running)
try:
    step.send(None)
except StopIteration as e:
    print("value", e.value, ag.ag_await)
