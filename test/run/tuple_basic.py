# RUN: %difftest %s
t = (1, "two", 3.0, None, (4, 5))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1])
print((), (1,), (1, 2) + (3,), (0,) * 3, tuple("abc"), tuple([1, 2]), tuple(range(3)))
one = 1,
print(one, type(one).__name__, (1) == 1, (1,) == 1)
print(t.count(None), t.index(3.0), 3.0 in t, "x" not in t)
a = (1, 2, 3)
b = (1, 2, 4)
print(a < b, a == (1, 2, 3), a != b, max(a, b), sorted([b, a]), (1, 2) < (1, 2, 0))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
x = a
x += (4,)
print(a, x, a is x)
nested = ((1, 2), (3, 4))
total = 0
for p, q in nested:
    total += p * q
print(total)
print(tuple(sorted((3, 1, 2))), sum((1, 2, 3)), min((5, 2)), divmod(17, 5), tuple(reversed(a)))
