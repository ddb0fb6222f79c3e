# RUN: %difftest %s
x = 1
y = 2
del x
print("x" in globals(), y)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
a, b, c = 1, 2, 3
del a, b
print(c, "a" in globals())
nested = {"k": [1, {"inner": 2, "gone": 3}]}
del nested["k"][1]["gone"]
print(nested)


def local_del():
    v = [1, 2]
    w = v
    del v
    return w


print(local_del())
import types
ns = types.SimpleNamespace(p=1, q=2)
del ns.p
print(ns)
y = 5
del y
y = 6
print(y)
