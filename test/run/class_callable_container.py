# RUN: %difftest %s
# __call__, __getitem__/__setitem__/__delitem__ with ints, slices and tuples, __len__,
# __bool__ (and __len__ as its fallback), __contains__, __missing__ in a dict subclass,
# and the errors for bad __len__ / __bool__ results. (Slices are unhashable in 3.11, so
# the grid keys on repr.)
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        return self.cells.get(repr(key), 0)
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[repr(key)] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[repr(key)]
    def __len__(self):
        return len(self.cells)
    def __contains__(self, key):
        return repr(key) in self.cells
    def __call__(self, *args, **kw):
        return ("called", args, sorted(kw.items()))

g = Grid()
g[1, 2] = "a"
g[0:3] = "slice"
g[::2] = "step"
g[...] = "ellipsis"
print(g[1, 2], g[5], len(g), (1, 2) in g, (9, 9) in g)
del g[1, 2]
del g[0:3]
print(len(g), bool(g), g(1, 2, z=3, a=4))
try:
    del g["missing"]
except KeyError as e:
    print("KeyError:", e)

class Empty:
    def __len__(self):
        return 0
class Truth:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
print(bool(Empty()), not Empty(), "yes" if Truth(True) else "no")
print(Truth(False) or "fallback", Truth(True) and "second")

class BadLen:
    def __len__(self): return -1
class BadBool:
    def __bool__(self): return 1
class BigLen:
    def __len__(self): return 2 ** 70
for obj in (BadLen(), BadBool(), BigLen()):
    try:
        bool(obj)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError:", e)

class Defaults(dict):
    def __missing__(self, key):
        return key * 2
d = Defaults(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d)
try:
    Grid()()()
except TypeError as e:
    print("TypeError:", e)
