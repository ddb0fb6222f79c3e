# RUN: %difftest %s
# __slots__: no __dict__, AttributeError for a non-slot name, unset slot reads,
# inheritance (a subclass without __slots__ regains __dict__), __dict__ in __slots__,
# slot descriptors on the class, and a conflict between a slot and a class variable.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x, hasattr(p, "__dict__"), type(P.x).__name__, P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 2
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)

class Q(P):
    pass
q = Q(5)
q.z = 9
print(q.z, vars(q))

class R(P):
    __slots__ = ("w",)
r = R(1)
r.w = 2
try:
    r.v = 3
except AttributeError as e:
    print("AttributeError:", e)
print(r.x, r.w)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, vars(w))

try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)

class Single:
    __slots__ = "only"
s = Single()
s.only = "yes"
print(s.only, Single.__slots__)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)
p.nonslot = 1
