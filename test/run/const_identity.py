# RUN: %difftest %s
# Which values are constants decides which objects a program shares: folded values within
# CPython's limits are constants, merged with equal constants of the same type.
def same(a, b):
    return a is b


x = 2**40
y = 1099511627776
print(same(x, y), same(2**40, 2**40 + 0), same(x, 1 << 40))
print(same(2**64, 2**64), same(2**65, 2**65), same(2**100, 2**100))
print(same(1 << 127, 1 << 127), same(1 << 128, 1 << 128), same(-(2**64), -(2**64)))
print(same(3**80, 3**80), same(3**81, 3**81), same(2**63 * 2**63, 2**63 * 2**63))
print(same(12345678901 * 98765432109, 12345678901 * 98765432109))
print(same("a" * 4096, "a" * 4096), same("a" * 4097, "a" * 4097))
print(same("ab" * 2048, "ab" * 2048), same(2049 * "ab", 2049 * "ab"))
print(same(b"x" * 4096, b"x" * 4096), same(b"x" * 4097, b"x" * 4097))
print(same((1,) * 256, (1,) * 256), same((1,) * 257, (1,) * 257))
print(same((1, 2) * 128, (1, 2) * 128), same((1, 2) * 129, (1, 2) * 129))
print(same(((1, 2, 3, 4),) * 200, ((1, 2, 3, 4),) * 200))
print(same(((1, 2, 3, 4),) * 204, ((1, 2, 3, 4),) * 204))
print(same(((1, 2, 3, 4),) * 205, ((1, 2, 3, 4),) * 205))
print(same((), ()), same((1, 2), (1, 2)), same((1, (2, 3)), (1, (2, 3))))
print(same((1, (2, 3))[1], (2, 3)), same((1, 2) + (3,), (1, 2, 3)))
t = (2**40, "s", 1.5, (None, ...))
print(same(t[0], x), same(t[3], (None, ...)), same(t[2], 1.5))
print(same(1.5, 1.5), same(0.1 + 0.2, 0.30000000000000004), same(2.5j, 2.5j))
print(same("abc"[1], "b"), same(("x", "y")[0], "x"))
print(same(-5.0, -5.0), same(-(2**70), -(2**70)))


def f(a=1, b=(2, 3)):
    return a, b


def g(a=1, b=(2, 3)):
    return a, b


def h(a=1, b=[2, 3]):
    return a, b


print(same(f.__defaults__, g.__defaults__), same(f.__defaults__[1], (2, 3)))
print(same(f.__defaults__, h.__defaults__), f(), g(), h())
print(same(f()[1], g()[1]))
