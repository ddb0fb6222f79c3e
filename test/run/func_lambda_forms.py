# RUN: %difftest %s
# Lambdas: defaults, *args/**kwargs, keyword-only, nested lambdas closing over each other,
# immediately invoked, conditional expressions inside, used as sort keys, in default
# arguments, and recursion through a name bound later; their __name__ and __qualname__.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
varargs = lambda *a, **k: (a, sorted(k.items()))
print(varargs(1, 2, x=3))
kwonly = lambda *, k: k * 2
print(kwonly(k=4))
try:
    kwonly(4)
except TypeError as e:
    print("TypeError:", e)
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), (lambda x: x * x)(7))
sign = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-2, 0, 3)])
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=lambda w: w[-1], reverse=True))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print(add.__name__, add.__qualname__, curry(1).__qualname__)
class K:
    m = lambda self, x: ("method", x)
    s = staticmethod(lambda x: ("static", x))
print(K().m(1), K.s(2), K.m.__qualname__)
def outer():
    return lambda: locals_test
locals_test = "module level"
print(outer()())
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])), list(filter(lambda s: "a" in s, words)))
gen_lambda = lambda: (yield 1)
g = gen_lambda()
print(next(g), type(g).__name__ != "", gen_lambda.__code__.co_flags & 0x20 != 0)
print((lambda: None)(), (lambda *a: a)(), (lambda **k: k)())
try:
    (lambda x: x)()
except TypeError as e:
    print("TypeError:", e)
(lambda: 1 / 0)()
