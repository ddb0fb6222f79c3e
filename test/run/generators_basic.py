# RUN: %difftest %s
# Generators: yield, send, close, throw, yield from (with return values), generator
# expressions, finally on collection, PEP 479, gi_* attributes, an error in a generator.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
print(list(count(4)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def echo():
    got = yield "ready"
    while True:
        got = yield f"got {got}"
e = echo()
print(next(e), e.send(1), e.send("x"))
e.close()
def inner():
    x = yield 1
    yield x
    return "inner-ret"
def outer():
    r = yield from inner()
    print("r =", r)
    yield from [10, 20]
o = outer()
print(next(o), o.send("sent"), next(o), next(o))
print(sum(x * x for x in range(10)), list(c for c in "ab"))
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
f = fin()
next(f)
del f
def thrower():
    try:
        yield 1
    except ValueError as exc:
        print("caught", exc)
        yield 2
t = thrower()
next(t)
print(t.throw(ValueError("v")))
print(type(count(1)).__name__.endswith("generator"), count(1).__name__, count.__code__.co_flags & 0x20)
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("pep479", e, type(e.__cause__).__name__)
def gframe():
    yield __import__("sys")._getframe().f_code.co_name
print(next(gframe()))
gg = count(3)
print(gg.gi_running, gg.gi_frame is not None, gg.gi_code.co_name)
list(gg)
print(gg.gi_frame)
def err():
    yield 1
    1 / 0
list(err())
