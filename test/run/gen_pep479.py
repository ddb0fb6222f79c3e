# RUN: %difftest %s
# PEP 479: StopIteration raised inside a generator becomes RuntimeError("generator raised
# StopIteration") with the original as cause; a return ends it normally; uncaught at end.
def explicit():
    yield 1
    raise StopIteration("explicit")


g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)


def from_next(it):
    while True:
        yield next(it)


print(list(zip("ab", from_next(iter([1, 2, 3])))))
try:
    list(from_next(iter([1])))
except RuntimeError as e:
    print("from next():", e)


def returns():
    yield 1
    return "value"


try:
    g = returns()
    next(g)
    next(g)
except StopIteration as e:
    print("normal stop", e.value)


def subclass():
    class MyStop(StopIteration):
        pass
    yield
    raise MyStop


try:
    list(subclass())
except RuntimeError as e:
    print(type(e.__cause__).__name__)
print(list(x for x in from_next(iter([]))) if False else "skip")


def first(iterable):
    for x in iterable:
        yield x
        yield next(iter([]))


list(first([5]))
