# RUN: %difftest %s
# __getattr__ (only for missing attributes), __getattribute__ (every access, delegating
# to object's), __setattr__ and __delattr__ hooks, and AttributeError propagation.
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return "computed " + name
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

l = Lazy()
print(l.real, l.xyz, getattr(l, "xa"), hasattr(l, "nope"), getattr(l, "nope", "dflt"))
try:
    l.nope
except AttributeError as e:
    print("AttributeError:", e)

class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
    def method(self):
        return "m"

o = Logged()
o.a = 1
print(o.a, o.method())
del o.a
try:
    o.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    del o.zzz
except AttributeError as e:
    print("AttributeError:", e)
print(o.log)

class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("from getattribute")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
b = Both()
print(b.boom, b.other)

class ReadOnly:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
r = ReadOnly()
try:
    r.x = 1
except AttributeError as e:
    print("AttributeError:", e)
setattr(Lazy, "cls_attr", 9)
print(Lazy().cls_attr, vars(l))
delattr(l, "real")
print(l.xreal, "real" in vars(l))
