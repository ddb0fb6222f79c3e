# RUN: %difftest %s
# Nested comprehensions: multiple for/if clauses, matrix transpose, flattening, dict and set
# comprehensions with nested ones, tuple unpacking targets, and a genexp consumed twice.
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print([(a, b) for a in range(3) if a for b in range(a) if b != 1])
print({k: {v for v in range(k)} for k in range(4)})
print({(a, b) for a in "ab" for b in "ab" if a <= b} == {("a", "a"), ("a", "b"), ("b", "b")})
pairs = [(1, "one"), (2, "two"), (3, "three")]
print({name: num for num, name in pairs})
print([f"{n}{c}" for n, (c, *_) in pairs])
print([[x * y for x in range(1, 4)] for y in range(1, 4)])
gen = (x for x in range(3))
print(list(gen), list(gen))
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
print(dict.fromkeys(c for c in "abca"))
print([i for i in range(10)][::3], [i for i in reversed(range(4))])
d = {"x": [1, 2], "y": [3]}
print([(k, v) for k, vs in d.items() for v in vs])
print(sum(1 for _ in range(7)), max((len(s), s) for s in ["aa", "b", "ccc"]))
print([[j for j in range(i)] for i in range(4)])
it = iter(range(6))
print([(a, next(it)) for a in it])
print(list(zip(*matrix)))
