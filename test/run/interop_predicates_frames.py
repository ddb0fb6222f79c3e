# RUN: %difftest %s
# CPython methods that accept only the interpreter's functions and generators take compiled
# ones too: ExceptionGroup.split/subgroup with a compiled predicate (lambda, closure, def
# with defaults), and frame.clear() on a compiled generator's or coroutine's frame.
import warnings

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3)])])


def show(label, g):
    print(label, None if g is None else (g.message, [repr(e) for e in g.exceptions]))

match, rest = eg.split(lambda e: isinstance(e, ValueError))
show("split match", match)
show("split rest", rest)
wanted = 3


def is_wanted(e, default=None):
    return getattr(e, "args", (None,))[0] == wanted

show("subgroup", eg.subgroup(is_wanted))
show("subgroup none", eg.subgroup(lambda e: False))
show("subgroup all", eg.subgroup(lambda e: True) is eg and eg)
try:
    eg.split(42)
except TypeError as e:
    print("TypeError:", e)


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")

g = gen()
next(g)
g.gi_frame.clear()
print("after clear:", g.gi_frame, list(g))


async def coro():
    pass

c = coro()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c.cr_frame.clear()
print([str(x.message) for x in w])
c.close()


def running():
    yield g2.gi_frame.clear()

g2 = running()
try:
    next(g2)
except RuntimeError as e:
    print("RuntimeError:", e)


def f():
    import sys
    sys._getframe().clear()
try:
    f()
except RuntimeError as e:
    print("RuntimeError:", e)
