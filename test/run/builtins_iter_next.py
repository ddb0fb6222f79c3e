# RUN: %difftest %s
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
s = iter("ab")
print(next(s), next(s), next(s, "end"))
d = iter({"x": 1, "y": 2})
print(next(d), list(d))
r = iter(range(5))
first = next(r)
rest = list(r)
print(first, rest)
chunks = iter([1, 2, 3, 4, 5, 6, 7])
out = []
while True:
    a = next(chunks, None)
    if a is None:
        break
    b = next(chunks, None)
    out.append((a, b))
print(out)
it2 = iter([10, 20])
print(iter(it2) is it2, list(it2), list(it2))
import functools
calls = iter([3, 2, 1, 0, 5])
print(list(iter(functools.partial(next, calls), 0)))
e = enumerate(iter("xy"))
print(next(e), next(e))
