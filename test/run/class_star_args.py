# RUN: %difftest %s
# Class statements with *bases and **keywords.
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        cls = super().__new__(m, name, bases, ns)
        cls.kw = kw
        return cls
class A: pass
class B: pass
bases = (A, B)
opts = {"metaclass": Meta, "color": "red"}
class C(*bases, **opts):
    x = 1
print([b.__name__ for b in C.__bases__], type(C).__name__, C.kw)
class D(A, *[B], flag=True, **{"metaclass": Meta}):
    pass
print(D.kw, D.__mro__[1].__name__)
class E(metaclass=Meta, **{"metaclass": Meta}):
    pass
