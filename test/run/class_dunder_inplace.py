# RUN: %difftest %s
# In-place dunders returning self or a new object, reflected operand order for
# subclasses (the subclass's reflected method goes first), and in-place on attributes and
# subscripts evaluating the target once.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(("iadd", o))
        return self
    def __isub__(self, o):
        return "replaced"
    def __imul__(self, o):
        return NotImplemented
    def __mul__(self, o):
        return "mul fallback %r" % (o,)
    def __ior__(self, o):
        self.items.append(("ior", o))
        return self

a = Acc()
b = a
a += 1
a |= 2
print(a is b, a.items)
a *= 3
print(a)
c = Acc()
c -= 1
print(c)

class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return "Num.add"
    def __radd__(self, o): return "Num.radd"
class Sub(Num):
    def __radd__(self, o): return "Sub.radd"
print(Num(1) + Sub(2), Sub(1) + Num(2), Num(1) + Num(2))

class Counter:
    def __init__(self):
        self.n = 0
        self.gets = 0
    def __getitem__(self, k):
        self.gets += 1
        return self.n
    def __setitem__(self, k, v):
        print("set", k, v)
        self.n = v
def key():
    print("key evaluated")
    return "k"
ct = Counter()
ct[key()] += 5
ct[key()] *= 3
print(ct.n, ct.gets)

class Holder:
    def __init__(self): self.__dict__["x"] = 1
    def __getattr__(self, n):
        print("getattr", n); return 0
    def __setattr__(self, n, v):
        print("setattr", n, v); self.__dict__[n] = v
h = Holder()
h.x += 1
h.y += 10
print(h.x, h.y)
lst = [1, 2]
t = (lst,)
try:
    t[0] += [3]
except TypeError as e:
    print(e, t)
