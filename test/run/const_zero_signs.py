# RUN: %difftest %s
# Constants that are equal but differ in type or sign are different constants.
print((0.0, -0.0), (1, 1.0, True), (0, 0.0, False, -0.0, 0j, -0j))
x = 0.0
y = -0.0
print(x, y, -x, -(-0.0), 0.0 * -1)
a = 1
b = 1.0
c = True
print(a, b, c, type(a).__name__, type(b).__name__, type(c).__name__)
print([1, 1.0, True], [0.0, -0.0, 0], {0.0: "a", -0.0: "b"}, {-0.0: "b", 0.0: "a"})
print(0j, -0j, -(0j), 1 - 0j, -1 + 0j, 1 + 2j, (1 + 2j) * 1j, -(1.5j))
print(((0.0,), (-0.0,)), ((0.0, 1), (-0.0, 1)), (1, 2), (1.0, 2), (True, 2))
t1 = (1, 2)
t2 = (1.0, 2)
t3 = (True, 2)
print(t1, t2, t3, t1 == t2 == t3)


def z():
    return 0.0, -0.0, 0, False


print(z(), 1e400 - 1e400 != 1e400 - 1e400, -(1e400))
import math

print(math.copysign(1, -0.0), math.copysign(1, 0.0), math.copysign(1, (0.0, -0.0)[1]))
