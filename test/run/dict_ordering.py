# RUN: %difftest %s
d = {}
d["zeta"] = 1
d["alpha"] = 2
d["mid"] = 3
d[10] = "ten"
d[2.5] = "float"
d[(1, 2)] = "tuple"
d[None] = "none"
print(d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
d["zeta"] = 100
print(list(d))
del d["zeta"]
d["zeta"] = 1
print(list(d))
print(d.pop("alpha"), list(d), d.popitem(), list(d))
e = {"b": 1, "a": 2}
f = {"a": 2, "b": 1}
print(e == f, list(e) == list(f), e)
g = dict.fromkeys("hello")
print(g, list(g))
h = {1: "a", True: "b", 1.0: "c"}
print(h, len(h))
for k in d:
    print(repr(k), "->", repr(d[k]))
for k, v in reversed(list(e.items())):
    print(k, v)
print(list(reversed(e)), list(reversed(e.values())))
