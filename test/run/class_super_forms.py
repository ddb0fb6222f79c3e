# RUN: %difftest %s
# super() with and without arguments, in instance methods, classmethods, staticmethods
# (explicit form only), properties, __init_subclass__ and __new__.
class Base:
    registry = []
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.made_by = "Base.__new__"
        return obj
    def __init__(self, v):
        self.v = v
    def greet(self):
        return "Base.greet(%s)" % self.v
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def helper(x):
        return x * 2
    @property
    def value(self):
        return self.v

class Child(Base, tag="child"):
    def __init__(self, v):
        super().__init__(v + 1)
    def greet(self):
        return "Child>" + super().greet()
    @classmethod
    def make(cls, v):
        obj = super().make(v * 10)
        obj.extra = True
        return obj
    @staticmethod
    def helper(x):
        return super(Child, Child).helper(x) + 1
    @property
    def value(self):
        return super().value * 100

class Grand(Child):
    def greet(self):
        return "Grand>" + super(Child, self).greet()

c = Child.make(2)
print(c.greet(), c.extra, c.made_by, c.value)
print(Child.helper(5), Base.helper(5))
g = Grand(1)
print(g.greet())
print(Base.registry)
s = super(Child, c)
print(type(s).__name__, s.greet())
print(super(Base, c).__repr__ is not None)
try:
    super(Child, 42)
except TypeError as e:
    print("TypeError:", e)
def outside():
    return super().greet()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
