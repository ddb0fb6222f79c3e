# RUN: %difftest %s
# copy and pickle of instances of compiled classes: default shallow/deep copy, __copy__
# and __deepcopy__ hooks, __getstate__/__setstate__, __reduce__, __getnewargs__, objects
# with __slots__, and pickling a class defined in a function (PicklingError).
import copy
import pickle

class Plain:
    def __init__(self, items):
        self.items = items
        self.name = "plain"
p = Plain([1, [2, 3]])
sc, dc = copy.copy(p), copy.deepcopy(p)
p.items[1].append(4)
print(sc.items, dc.items, type(dc).__name__, sc is not p)
rt = pickle.loads(pickle.dumps(p))
print(vars(rt), type(rt) is Plain)

class Hooked:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__")
        return Hooked(self.v + 1)
    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return Hooked(self.v * 10)
print(copy.copy(Hooked(1)).v, copy.deepcopy(Hooked(2)).v)

class State:
    def __init__(self):
        self.keep = 1
        self.drop = "transient"
    def __getstate__(self):
        s = dict(self.__dict__)
        del s["drop"]
        return s
    def __setstate__(self, s):
        print("setstate", s)
        self.__dict__.update(s)
        self.drop = "restored"
s2 = pickle.loads(pickle.dumps(State()))
print(s2.keep, s2.drop)

class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.b, self.a))
r = pickle.loads(pickle.dumps(Reduced(1, 2)))
print(r.a, r.b, copy.copy(Reduced(3, 4)).a)

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x, self.y = 1, [2]
s = Slotted()
for proto in (2, pickle.HIGHEST_PROTOCOL):
    t = pickle.loads(pickle.dumps(s, proto))
    print(proto >= 2, t.x, t.y)
print(copy.deepcopy(s).y is not s.y)

class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    def __getnewargs__(self):
        return tuple(self)
print(pickle.loads(pickle.dumps(Pt(5, 6))), type(copy.copy(Pt(1, 2))).__name__)

def make_local():
    class Local:
        pass
    return Local()
try:
    pickle.dumps(make_local())
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, e)
cyc = Plain(None)
cyc.items = cyc
cc = copy.deepcopy(cyc)
print(cc.items is cc, pickle.loads(pickle.dumps(cyc)).items.name)
