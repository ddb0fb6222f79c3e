# RUN: %difftest %s
import types
from types import SimpleNamespace

ns = types.SimpleNamespace(name="widget", size=3)
print(ns, ns.name, ns.size)
ns.size = 10
ns.color = "red"
ns.size += 5
print(ns, ns.size, hasattr(ns, "color"), hasattr(ns, "weight"), getattr(ns, "weight", "n/a"))
setattr(ns, "weight", 1.5)
print(vars(ns), sorted(vars(ns)))
del ns.color
print(ns, "color" in vars(ns))
other = SimpleNamespace(name="widget", size=15, weight=1.5)
print(ns == other, ns != SimpleNamespace())
nested = SimpleNamespace(inner=SimpleNamespace(value=[1, 2]))
nested.inner.value.append(3)
nested.inner.value[0] = 100
nested.inner.extra = {"k": "v"}
nested.inner.extra["k2"] = "v2"
print(nested)
print(nested.inner.value[-1], nested.inner.extra["k"].upper())


def make_point(x, y):
    return SimpleNamespace(x=x, y=y)


def dist2(a, b):
    return (a.x - b.x) ** 2 + (a.y - b.y) ** 2


p1 = make_point(0, 0)
p2 = make_point(3, 4)
print(dist2(p1, p2), p2.x, p2.y)
import math
print(math.pi.__class__.__name__, (5).real, "abc".upper.__name__, math.__name__, types.SimpleNamespace.__name__)
