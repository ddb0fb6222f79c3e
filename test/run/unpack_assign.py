# RUN: %difftest %s
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, (i, [j, k]) = 1, (2, [3, 4])
print(h, i, j, k)
x = y = z = [0]
x.append(1)
print(x, y, z, x is z)
p, q, r = range(3)
print(p, q, r)
s, t = {"one": 1, "two": 2}
print(s, t)
u, v = "ab"
w, = [42]
print(u, v, w)
lst = [0, 0, 0]
lst[0], lst[2] = "L0", "L2"
print(lst)
dct = {}
dct["a"], dct["b"] = 1, 2
print(dct)
m = [1, 2, 3]
i = 0
i, m[i] = 1, "set"
print(i, m)
for (n1, n2), n3 in [((1, 2), 3), ((4, 5), 6)]:
    print(n1 + n2 + n3)
for idx, (ch, num) in enumerate(zip("abc", [10, 20, 30])):
    print(idx, ch, num)
a, b, c = sorted([3, 1, 2])
print(a, b, c)
