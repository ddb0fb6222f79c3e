# RUN: %difftest %s
# functools on compiled functions: wraps (copied attributes, __wrapped__), lru_cache
# (hits/misses, maxsize eviction, cache_clear, typed), cache on a recursive function,
# partial (stacking, keywords overriding, attributes), reduce and cached_property.
import functools

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kw):
        """wrapper doc"""
        return ("wrapped", fn(*args, **kw))
    return wrapper

@deco
def greet(name, punct="!"):
    """Say hello."""
    return "hi " + name + punct
greet.extra = 1
print(greet("ann"), greet.__name__, greet.__doc__, greet.__qualname__, greet.__wrapped__("x"))

calls = []
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print([sq(v) for v in (1, 2, 1, 3, 1, 2)], calls)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(4))

@functools.lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info().currsize)

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits)

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=5)
print(square(7), cube_mod(4), square(3, exp=3), square.func is power, square.args, square.keywords)
p2 = functools.partial(functools.partial(power, 2), mod=7)
print(p2(10), p2.func is power, p2.args, p2.keywords)
try:
    square()
except TypeError as e:
    print("TypeError:", e)

print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(lambda a, b: a + b, [], "init"))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)

class Data:
    def __init__(self):
        self.n = 0
    @functools.cached_property
    def expensive(self):
        self.n += 1
        return "computed %d" % self.n
d = Data()
print(d.expensive, d.expensive, d.n, "expensive" in vars(d))
del d.expensive
print(d.expensive)
try:
    sq([1])
except TypeError as e:
    print("TypeError:", e)
