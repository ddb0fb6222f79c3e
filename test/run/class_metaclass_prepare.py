# RUN: %difftest %s
# Metaclasses: __prepare__ supplying the namespace (an ordered logging mapping), the
# metaclass's __new__/__init__/__call__, metaclass inheritance and the "metaclass conflict"
# TypeError, class methods defined on the metaclass, and type() called with three args.
class LogNS(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("  ns set", key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return LogNS()
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, type(ns).__name__, [k for k in ns if not k.startswith("__")])
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.flag = kw.get("flag", False)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("call", cls.__name__, args)
        return super().__call__(*args)
    def describe(cls):
        return "I am " + cls.__name__

class A(metaclass=Meta, flag=True):
    x = 1
    def f(self):
        return self.x
    y = x + 1

print(A.flag, A.describe(), type(A).__name__, A().f())
class B(A):
    z = 3
print(B.flag, type(B) is Meta, B.describe())
try:
    B().describe()
except AttributeError as e:
    print("AttributeError:", e)

class OtherMeta(type):
    pass
class O(metaclass=OtherMeta):
    pass
try:
    class Mixed(A, O):
        pass
except TypeError as e:
    print("TypeError:", e)

D = type("D", (A,), {"w": 5, "g": lambda self: self.w * 2})
print(D.__name__, D().g(), D.flag, type(D).__name__)
T = type("T", (), {})
print(T.__mro__[-1].__name__, type(T).__name__)
try:
    type("E", (1,), {})
except TypeError as e:
    print("TypeError:", e)
print(isinstance(A, type), isinstance(A, Meta), Meta.__mro__[1].__name__)
