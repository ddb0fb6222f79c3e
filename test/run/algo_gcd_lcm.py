# RUN: %difftest %s
import math


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def gcd_rec(a, b):
    return a if b == 0 else gcd_rec(b, a % b)


def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y


def lcm(a, b):
    return a // gcd(a, b) * b


pairs = [(48, 18), (17, 5), (0, 9), (9, 0), (-12, 18), (2 ** 100, 6 ** 60), (123456789, 987654321)]
for a, b in pairs:
    print(a, b, gcd(a, b), gcd_rec(a, b), math.gcd(a, b), ext_gcd(a, b))
acc = 1
for k in range(1, 31):
    acc = lcm(acc, k)
print(acc, acc == math.lcm(*range(1, 31)))
g, x, y = ext_gcd(240, 46)
print(g, x, y, 240 * x + 46 * y)
