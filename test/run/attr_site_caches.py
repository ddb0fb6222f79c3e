# RUN: %difftest %s
# Attribute loads, stores and method loads keep per-site caches keyed on the type's
# version tag; every way the answer can change under a cached site must still be seen.


class Base:
    kind = "class attr"

    def __init__(self, x):
        self.x = x
        self.y = x * 2

    def get(self):
        return "Base.get"


class A(Base):
    pass


class B(Base):
    def get(self):
        return "B.get"


class C(Base):
    pass


class D(Base):
    pass


class E(Base):
    pass


def load_x(o):
    return o.x


def load_kind(o):
    return o.kind


def store_x(o, v):
    o.x = v


def call_get(o):
    return o.get()


objs = [Base(1), A(2), B(3), C(4), D(5), E(6)]
# More types at one site than the cache holds, several rounds.
for _ in range(3):
    print([load_x(o) for o in objs], [call_get(o) for o in objs])
for o in objs:
    store_x(o, o.x + 10)
print([load_x(o) for o in objs])

# A class attribute, then an instance attribute shadowing it, then deleted again.
a = A(7)
print(load_kind(a))
a.kind = "instance attr"
print(load_kind(a))
del a.kind
print(load_kind(a))

# Deleting a cached attribute: AttributeError as the interpreter raises it.
del a.x
try:
    load_x(a)
except AttributeError as e:
    print("AttributeError:", e)
store_x(a, 99)
print(load_x(a), a.__dict__)

# An instance attribute shadowing a cached method.
b = B(1)
print(call_get(b))
b.get = lambda: "instance lambda"
print(call_get(b))
del b.get
print(call_get(b))

# Materialising the instance __dict__, then writing through it.
c = C(1)
print(load_x(c), call_get(c))
d = c.__dict__
d["x"] = "via dict"
d["get"] = lambda: "dict lambda"
print(load_x(c), call_get(c))
store_x(c, "stored")
print(d["x"], load_x(c))

# Modifying the class after the sites are cached: a method replaced, a property added.
e = E(1)
print(call_get(e), load_x(e))
E.get = lambda self: "patched E.get"
print(call_get(e))
E.x = property(lambda self: "property x", lambda self, v: print("setter", v))
print(load_x(e))
store_x(e, 5)
del E.x
print(load_x(e))
Base.get = lambda self: "patched Base.get"
print(call_get(A(0)), call_get(B(0)))


# __getattr__ and __getattribute__ and __setattr__.
class G:
    def __init__(self):
        self.x = 1

    def __getattr__(self, name):
        return "missing " + name


class H:
    def __init__(self):
        object.__setattr__(self, "x", 1)

    def __getattribute__(self, name):
        return "getattribute " + name

    def __setattr__(self, name, value):
        print("setattr", name, value)


g, h = G(), H()
print(load_x(g), load_x(h))
del g.x
print(load_x(g))
store_x(h, 3)


# Slots: data descriptors on the type.
class S:
    __slots__ = ("x",)

    def __init__(self):
        self.x = "slot"


s = S()
print(load_x(s))
store_x(s, "slot2")
print(load_x(s))


# Builtin types through method-load sites.
def up(v):
    return v.upper()


class MyStr(str):
    def upper(self):
        return "MyStr.upper"


print(up("abc"), up(MyStr("x")), up("def"))


# Many attributes added in a different order per instance.
class P:
    pass


def load_attr_q(o):
    return o.q


ps = []
for i in range(5):
    p = P()
    for name in ["a%d" % k for k in range(i)] + ["q"]:
        setattr(p, name, i)
    ps.append(p)
print([load_attr_q(p) for p in ps])
