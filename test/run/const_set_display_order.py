# RUN: %difftest %s
# Set displays of more than two constants are built as CPython builds them: an empty set
# updated from a frozenset constant, itself built from the (folded) elements in source
# order and then once more from its own iteration order. The printed order shows it.
print({2**40, 15, 7, 2**40 + 7})
print({1 << 40, 3, 2**40 + 3, 1099511627779 * 2})
print({-1, -2, 2**61 - 1, 2**61, 2**62})
print({"w13", "w27", "w1", "w33", "w14", "w28", "w31", "w35", "w22"})
print({"a" * 3, "b" + "c", "x"[0], "yy"})
print({1.5, 2.5, 1e300, -0.0, 0.0, float("1e10")})
print({(1, 2), (2, 1), ((1,), 2), ()})
print({b"ab", b"a" + b"b", b"x", b"yz"})
# Equal elements: the first one stays, as CPython's frozenset keeps it.
print({1, 1.0, True, 2}, {1.0, 1, True, 2}, {True, 1, 1.0, 2}, {0, 0.0, False, -0.0})
print({2, 1 + 0j, 1, 3})
# Two constants: built directly, element by element.
print({2**40 + 7, 2**40}, {"w13", "w1"})
# Not all constants: built element by element.
n = 15
print({2**40, n, 7, 2**40 + 7})
print(sorted({"q", "r", "s", n}), {n, n + 1, 2**40})
# Starred: the elements before the star are built at once, the rest added one by one.
rest = ["w33", "w14"]
print({"w13", "w27", *rest, "w1", "w28"})
print({*rest, 2**40, 15, 7})


def f():
    return {2**40, 15, 7, 2**40 + 7, "w13", "w27", "w1"}


print(f(), f() == {2**40, 15, 7, 2**40 + 7, "w13", "w27", "w1"})
s = {"w13", "w27", "w1", "w33", "w14"}
s.add("w28")
print(s, s.pop(), s)
