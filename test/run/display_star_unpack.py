# RUN: %difftest %s
a = [1, 2]
b = (3, 4)
s = "xy"
print([*a, *b, *s, 5])
print((*a, *b), (*a,), (0, *range(3), 9))
print(sorted({*a, *b, 1, 2}), {*"aa"})
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100}, {**{}})
print(*a, *b, sep="-")
print(*"abc", *[], *(), end="!\n")


def f(*args, **kwargs):
    return args, kwargs


print(f(*a, *b, 7, *s))
print(f(**d1, **d2 if False else {"q": 1}))
print(f(1, *a, k=2, **d1))
print(f(*range(3), **dict(zip("abc", range(3)))))
print(f(*(), **{}))
print([*a] is a, [*a] == a, [*{1: 2, 3: 4}], (*"é🐍",))
nested = [*[*a, *[*b]], *[[*s]]]
print(nested)
