# RUN: %difftest %s
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 7
print(x)
x **= 10
print(x)
x <<= 70
print(x)
x >>= 65
print(x)
x &= 0xFFF
print(x)
x |= 0x10000
print(x)
x ^= 0x1FFFF
print(x)
x /= 8
print(x)
f = 2.5
f += 1
f *= 2
f -= 0.5
f /= 3
f //= 0.5
f %= 1.5
f **= 2
print(f)
s = "ab"
s += "cd"
s *= 3
print(s)
lst = [1]
alias = lst
lst += [2, 3]
lst *= 2
print(lst, alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
d = {"k": 1}
d["k"] += 10
d["k"] *= 3
print(d)
m = [[1, 2], [3, 4]]
m[1][0] **= 3
m[0][-1] -= 100
print(m)
st = {1, 2}
st |= {3}
st &= {2, 3, 4}
st -= {9}
st ^= {5}
print(sorted(st))
b = b"x"
b += b"y"
print(b)
import types
ns = types.SimpleNamespace(count=0)
for i in range(5):
    ns.count += i
print(ns.count)
big = 1
for i in range(10):
    big *= 2 ** 30
print(big)
