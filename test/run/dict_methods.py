# RUN: %difftest %s
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, "z" not in d, 1 in d.values(), ("a", 1) in d.items())
print(d.setdefault("a", 9), d.setdefault("d", 4), d)
d.update({"e": 5}, f=6)
d.update([("g", 7)])
print(d, len(d))
print(d.pop("g"), d.pop("zz", "default"), d)
c = d.copy()
c["a"] = 100
print(d["a"], c["a"], c == d)
k = d.keys()
v = d.values()
it = d.items()
d["new"] = 0
print(k, v, it)
print(sorted(k), sorted(v), k & {"a", "b", "x"} == {"a", "b"}, k - {"a"} == set(d) - {"a"})
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))), dict({"q": 1}, r=2))
d.clear()
print(d, len(d), bool(d))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=len))
inv = {}
for key, val in counts.items():
    inv.setdefault(val, []).append(key)
print(inv)
nested = {"outer": {"inner": {"deep": 42}}}
nested["outer"]["inner"]["deeper"] = [1, 2]
print(nested, nested["outer"]["inner"]["deep"])
print({**{"a": 1}, **{"a": 2, "b": 3}}, {"a": 1} | {"b": 2}, dict(sorted({"b": 1, "a": 2}.items())))
m = {"x": 1}
m |= {"y": 2}
print(m, list(iter(m)), next(iter(m.items())))
print(dict.fromkeys(range(3), 0), {1: 2}.get(1.0), {(1, 2): 3}.get((1, 2)))
