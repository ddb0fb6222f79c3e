# RUN: %difftest %s
# Functions returning closures over generator state, generator functions with default
# arguments evaluated at definition, closures created inside a generator that outlive it,
# a lambda default capturing a loop variable inside a generator, and keyword-only
# parameters on generator functions (their TypeError is raised at call time, not at next()).
def make_gen(start, *, step=1, log=[]):
    log.append(start)
    n = start
    while n < start + 3 * step:
        yield n
        n += step
print(list(make_gen(1)), list(make_gen(10, step=5)), make_gen.__kwdefaults__["log"])
try:
    make_gen(1, 2)
except TypeError as e:
    print("TypeError at call:", e)
g = make_gen(0)
print(type(next(g)).__name__)

def closures_from_gen():
    for i in range(3):
        yield lambda i=i: i * 100
        yield lambda: i
fs = list(closures_from_gen())
print([f() for f in fs])

def counter_gen():
    count = 0
    def get():
        return count
    yield get
    for _ in range(3):
        count += 1
        yield count
cg = counter_gen()
getter = next(cg)
print(getter(), next(cg), next(cg), getter())
cg.close()
print(getter())

def outer():
    x = "outer"
    def gen():
        nonlocal x
        yield x
        x = "changed by gen"
        yield x
    return gen, lambda: x
gen, peek = outer()
it = gen()
print(next(it), peek(), next(it), peek())

def annotated_gen(a: int = 1) -> "Iterator":
    yield a
print(annotated_gen.__annotations__, annotated_gen.__defaults__, list(annotated_gen()))
