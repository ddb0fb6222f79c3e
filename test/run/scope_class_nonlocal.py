# RUN: %difftest %s
# nonlocal inside a class body rebinds the enclosing function's variable (the class gets no
# attribute), methods see a function variable the class body also reads, a class body
# overriding __qualname__ and __module__, a class variable named like a free variable of its
# methods, and __class__ / super() in a class defined inside a method.
def f():
    x = "function x"
    class C:
        nonlocal x
        x = "set by class body"
        def get(self):
            return x
    return x, hasattr(C, "x"), C().get()
print(f())

def g():
    y = "outer y"
    class D:
        y = "class y"
        def method(self):
            return y
        def via_self(self):
            return self.y
        z = [y for _ in range(1)]
    return D().method(), D().via_self(), D.z
print(g())

class Renamed:
    __qualname__ = "Custom.Qual"
    __module__ = "fake.module"
    def m(self):
        pass
print(Renamed.__qualname__, Renamed.__module__, Renamed.m.__qualname__, Renamed.m.__module__)

class Base:
    def hello(self):
        return "Base.hello"
class Host:
    def build(self):
        class Inner(Base):
            def hello(self):
                return "Inner>" + super().hello() + " " + __class__.__name__
        return Inner
    def __repr__(self):
        return "Host()"
I = Host().build()
print(I().hello(), I.__qualname__)

def counter_class():
    count = 0
    class Tracker:
        def __init__(self):
            nonlocal count
            count += 1
            self.n = count
    return Tracker, lambda: count
T, current = counter_class()
a, b = T(), T()
print(a.n, b.n, current())

def shadowing(value):
    class K:
        value = value if False else "class"
    return K.value
try:
    print(shadowing("arg"))
except NameError as e:
    print("NameError:", e)
def shadowing2(value):
    class K:
        copy = value
    return K.copy
print(shadowing2("arg2"))
