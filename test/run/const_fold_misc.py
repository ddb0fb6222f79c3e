# RUN: %difftest %s
# The rest of CPython 3.11's AST optimiser, seen from a program.
import sys

print(not 1, not 0, not (), not "", ~5, ~True, -(-3), +True, -True, ~-(2**64))
print("abc"[1], b"abc"[0], (1, 2, 3)[-1], (1, (2, 3))[1][0], "abc"[True], ("a", "b")[False])
print(__debug__, not __debug__, 7 // 2, -7 // 2, 7 % -3, -7.5 % 2, 2**-1, 10 / 4, 1 / 3)
print(5 & 3, 5 | 3, 5 ^ 3, 1 << 10, -1 >> 3, 2**0.5, (-8) ** (1 / 3), 0.1 + 0.2)
print("ab" + "cd", b"ab" * 3, 3 * "xy", (1, 2) + (3,), 2 * (1, 2), "-" * 0, () * 5)
print(True + True, True * 3.5, 1 + 2j, (1 + 2j) ** 2, 2 ** 100 > 0, 10**20 % 7)
x, y, z = "p", [1], 3.25
print("%s-%r|%a" % (x, y, "é"), "%5s|%-5s|%.2s|%5.1r" % (x, x, "abcd", x), "%%%s%%" % (x,))
print("%s" % (x,), "[%s]" % (y,), "%d" % (z,), "%s %s" % (x, x), "%s" % ((1, 2),))
print("%+s|% s|%#s|%05s|%12s" % (x, x, x, x, x), "%s" % (z,), "%r" % (y,))
print("%123s|" % (x,), "%s" % (z, ) * 2)
print(sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2]), sys.getsizeof([x, x, x]))
print(sys.getsizeof([1, 2, 3, *y]), sys.getsizeof([x, *y, 2]), sys.getsizeof([*y, 1, 2]))
big = [z, z, z, z, z, z, z, z, z, z, z, z, z, z, z, z, z, z, z, z, z, z, z, z, z, z, z, z,
       z, z, z]
print(len(big), sys.getsizeof(big), sys.getsizeof([z] * 31))
l = [1, 2, 3]
l.append(4)
print(l, sys.getsizeof(l), [(1, 2, 3)], [[1, 2, 3]], (1, [2, 3]), ((1, 2, 3), [4, 5, 6]))
print(type((1, 2, 3)).__name__, type([1, 2, 3]).__name__, type({1, 2, 3}).__name__)
s = {1, 2, 3}
s.add(4)
print(s, sys.getsizeof({1, 2, 3}) == sys.getsizeof({x, y[0], z}))


def doc1():
    "a" "b"


def doc2():
    "a" + "b"


def doc3():
    ("doc", "x")[0]


print(doc1.__doc__, doc2.__doc__, doc3.__doc__)


def five():
    return 5


for v in [five(), five() + 1]:
    print(v, end=" ")
print(five() in [5, 6], five() in [five()], "five" in [five(), "five"])
print([1, 2, 3] * 2, {1, 2, 3} | {4}, -0.0 in {0.0, 1, 2}, (1, 2, 3) == (1, 2, 3))
