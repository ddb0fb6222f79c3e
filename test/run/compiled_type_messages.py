# RUN: %difftest %s
# Messages that name the type of a compiled function, generator or coroutine name it as the
# interpreter does ('function', 'generator', 'coroutine'): type() alone says compiled_*.
import asyncio


def f():
    pass


def g():
    yield


async def c():
    pass

co = c()
for thunk in (lambda: f.x, lambda: g()[0], lambda: f + 1, lambda: len(g()),
              lambda: iter(co), lambda: 1 in f, lambda: g().x, lambda: co(),
              lambda: [x for x in co]):
    try:
        thunk()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
co.close()
print(f"{g()!r}"[:21], repr(f).split(" at ")[0])
print(type(f).__module__, type(g()).__module__)
f.x
