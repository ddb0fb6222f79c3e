# RUN: %difftest %s
# __new__/__init__ argument rules: object.__new__ and object.__init__ rejecting extra
# arguments depending on which one is overridden, object.__new__ on a builtin type,
# __new__ of an int subclass with extra parameters, __new__ as an explicit staticmethod
# and as a lambda (implicitly made static), and the order __new__ then __init__.
class A:
    def __init__(self, x):
        self.x = x
print(object.__new__(A).__class__.__name__)
class B:
    def __new__(cls, x):
        return super().__new__(cls, x)
try:
    B(1)
except TypeError as e:
    print("TypeError:", e)
class C:
    def __new__(cls, *args, **kw):
        return super().__new__(cls)
    def __init__(self, *args, **kw):
        self.args = args, kw
print(C(1, k=2).args)
class D:
    pass
try:
    D(k=1)
except TypeError as e:
    print("TypeError:", e)
class E:
    def __init__(self):
        pass
try:
    object.__init__(E(), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    E.__new__(int)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
class F(int):
    def __new__(cls, v, extra):
        obj = super().__new__(cls, v)
        obj.extra = extra
        return obj
f = F(5, "e")
print(f, f.extra, f + 1)
class G:
    def __new__(cls):
        inst = object.__new__(cls)
        inst.order = ["new"]
        return inst
    def __init__(self):
        self.order.append("init")
print(G().order)
class Sub(G):
    def __init__(self):
        super().__init__()
        self.order.append("sub init")
print(Sub().order)
class H:
    @staticmethod
    def __new__(cls, *a):
        return ("explicit staticmethod", cls.__name__, a)
print(H(1, 2))
class I:
    __new__ = lambda cls: "lambda new"
print(I())
try:
    type.__call__(5)
except TypeError as e:
    print("TypeError:", e)
