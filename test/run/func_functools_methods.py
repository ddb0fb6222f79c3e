# RUN: %difftest %s
# functools with compiled methods: partialmethod (and its signature), lru_cache on a
# method (the cache keys on self's hash/eq, shared across equal instances), singledispatch
# registering union annotations (3.11), stacked wraps with inspect.signature following
# __wrapped__ (or not) and inspect.unwrap, partial with keywords, a size-1 lru_cache.
import functools
import inspect
class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, state, *, loud=False):
        self.state = state.upper() if loud else state
        return self
    set_alive = functools.partialmethod(set_state, "alive")
    set_dead = functools.partialmethod(set_state, "dead", loud=True)
    @functools.lru_cache(maxsize=None)
    def cost(self, n):
        print("computing", n)
        return n * 2
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return isinstance(o, Cell)
c = Cell()
print(c.set_alive().state, c.set_dead().state, inspect.signature(Cell.set_alive))
print(c.cost(2), c.cost(2), Cell().cost(2), Cell.cost.cache_info())
@functools.singledispatch
def kind(x):
    return "other"
@kind.register
def _(x: int | float):
    return "number"
@kind.register
def _(x: list | tuple):
    return "sequence"
print(kind(1), kind(2.5), kind([1]), kind((1,)), kind("s"))
def outer(f):
    @functools.wraps(f)
    def w(*a, **k):
        return f(*a, **k)
    return w
@outer
@outer
def base(a, b=1, *, c):
    return a + b + c
print(inspect.signature(base), inspect.signature(base, follow_wrapped=False), inspect.unwrap(base).__name__, base(1, c=2))
p = functools.partial(Cell.set_state, state="x")
print(p(Cell()).state, repr(functools.partial(max, 1)).startswith("functools.partial(<built-in function max>"))
@functools.lru_cache(maxsize=1)
def one(x):
    print("miss", x)
    return x
one(1); one(1); one(2); one(1)
print(one.cache_parameters())
total = functools.reduce(lambda acc, f: f(acc), [lambda v: v + 1, lambda v: v * 10], 1)
print(total)
