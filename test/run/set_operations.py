# RUN: %difftest %s
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a <= a, {1, 2} < a, a > {1}, a >= b, a.isdisjoint({9}), {1}.issubset(a), a.issuperset({1, 2}))
print(sorted(a.union([10], (11,))), sorted(a.intersection(range(3))), sorted(a.difference({1}, {2})))
print(sorted(a.symmetric_difference([5, 6])), len(a), 3 in a, 30 in a)
s = set()
s.add(3)
s.add(1)
s.add(3)
s.update([2, 4], {5})
print(sorted(s), len(s))
s.discard(100)
s.remove(1)
s -= {2}
s |= {9}
s &= {3, 4, 9, 10}
s ^= {4, 11}
print(sorted(s))
p = s.pop()
print(p in {3, 9, 11}, len(s))
words = {"pear", "apple", "fig", "apple", "kiwi"}
print(sorted(words), len(words), "fig" in words)
print(set("hello") == {"h", "e", "l", "o"}, sorted(set("mississippi")), set() == set([]), {1, 2} == {2, 1})
print(sorted({1, 1.0, True, 2}), {0, False, 0.0}, sorted({-1, -2, 10, 3}), {7})
print({3, 1, 2}, {100, 5, 50}, set(range(5)), {-5, 5, 0})
fs = frozenset([1, 2, 3])
print(sorted(fs | {4}), fs == {1, 2, 3}, type(fs | {4}).__name__, {fs: "frozen"}[frozenset({3, 2, 1})])
e = set()
print(e, repr(e), frozenset(), bool(e), sorted({(1, 2), (0, 5)}))
