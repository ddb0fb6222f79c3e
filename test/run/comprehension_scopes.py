# RUN: %difftest %s
# Comprehensions run in their own scope; the first iterable is evaluated outside.
x = 10
print([x for x in range(3)], x)
print({k: v for k, v in zip("abc", range(3))})
print(sorted({n % 4 for n in range(20)}))
print([(i, j) for i in range(4) if i % 2 for j in range(i) if j != 1])
def f(limit):
    scale = 3
    return [[scale * i * j for j in range(limit)] for i in range(limit)]
print(f(3))
class_like = [y for y in [1, 2, 3] if (z := y) > 1]
print(class_like, z)
def g():
    data = [1, 2, 3]
    return [d for d in data], [lambda: d for d in data][0]()
print(g())
print([len(s) for s in ["a", "bb"]], [c for c in "hi"])
print([v for v in None])
