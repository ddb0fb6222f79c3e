# RUN: %difftest %s
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(10)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
*everything, = {"k": 1, "j": 2}
print(everything)
head, *tail = "x"
print(head, tail)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
a, b, *c, d, e = range(1, 8)
print(a, b, c, d, e)
[*xs] = (9, 8)
print(xs, type(xs).__name__)
