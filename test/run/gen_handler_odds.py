# RUN: %difftest %s
# Generator and handler odds and ends: a private-named handler target in a class body, yield
# inside except* clauses (sync and async generators), yields in nested finally blocks with
# throw, a nonlocal updated in try/except/finally, generator lambdas, close() of a generator
# suspended in a while/try, gather of sleep results.
import sys
class K:
    try:
        raise ValueError("in class")
    except ValueError as __err:
        seen = repr(__err)
    names = sorted(n for n in vars().keys() if not n.startswith("__") or "err" in n)
print(K.seen, K.names)

def g():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield ("v", repr(e))
    except* TypeError as e:
        yield ("t", repr(e), repr(sys.exception()))
    yield "after"
print(list(g()))

def nested_finally_gen():
    try:
        try:
            yield 1
        finally:
            yield 2
    finally:
        yield 3
gen = nested_finally_gen()
print(next(gen), next(gen), next(gen), next(gen, "end"))
gen = nested_finally_gen()
next(gen)
print(gen.throw(KeyError("x")))
print(next(gen))
try:
    next(gen)
except KeyError as e:
    print("resumed", repr(e))

async def coro():
    return 1
c = coro()
print(c.cr_await, c.cr_suspended if hasattr(c, "cr_suspended") else "n/a")
c.close()

def outer():
    x = 0
    def inc():
        nonlocal x
        try:
            x += 1
            raise ValueError(x)
        except ValueError as e:
            return e.args[0] + x
        finally:
            x += 10
    return inc(), x
print(outer())

def lambda_gen():
    return [(lambda: (yield i))() for i in range(2)]
print([list(x) for x in lambda_gen()])

def try_in_while_gen():
    n = 0
    while True:
        try:
            n += 1
            if n > 3:
                return n
            yield n
        except GeneratorExit:
            print("exit at", n)
            raise
        finally:
            print("fin", n)
w = try_in_while_gen()
print(next(w), next(w))
w.close()
print(list(try_in_while_gen()))
import asyncio
async def agen():
    try:
        yield 1
        yield 2
    except* ValueError as e:
        print("agen star", repr(e))
        yield 3
async def main():
    a = agen()
    print(await a.asend(None))
    print(await a.athrow(ValueError("x")))
    await a.aclose()
    r = await asyncio.gather(*(asyncio.sleep(0, result=i) for i in range(3)))
    print(r)
asyncio.run(main())
