# RUN: %difftest %s
# Lambdas: defaults evaluated at definition, closures, keyword-only, names.
sq = lambda x, y=2: x ** y
print(sq(3), sq(3, 3), sq.__name__, sq.__qualname__, sq.__defaults__)
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
def make(k):
    return lambda *args, sep="-", **kw: (args, sep, kw, k)
print(make(2)(1, 2, sep="+", z=1))
print(sorted(["bb", "a", "ccc"], key=lambda w: -len(w)))
print((lambda: (lambda: 42)())())
f = lambda a, /, b, *, c: (a, b, c)
print(f(1, 2, c=3))
f(1, b=2)
