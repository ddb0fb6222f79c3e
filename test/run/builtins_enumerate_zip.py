# RUN: %difftest %s
fruits = ["apple", "banana", "cherry"]
for i, f in enumerate(fruits):
    print(i, f)
for i, f in enumerate(fruits, start=10):
    print(i, f)
print(list(enumerate("ab", -1)), list(enumerate([])))
prices = [1.5, 0.25, 3.0]
for f, p in zip(fruits, prices):
    print(f"{f}: {p}")
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(range(3), range(3, 6), "xyz")))
pairs = list(zip(fruits, prices))
names, costs = zip(*pairs)
print(names, costs)
print(dict(zip(fruits, range(3))), list(zip(*[[1, 2, 3], [4, 5, 6]])))
e = enumerate("xyz")
print(next(e), next(e), list(e))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
print(list(zip("abc", "de", strict=False)))
