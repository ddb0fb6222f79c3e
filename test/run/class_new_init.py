# RUN: %difftest %s
# __new__ and __init__: __new__ returning another type skips __init__, singletons,
# __new__ with extra arguments, object.__new__ argument errors, __init__ returning a value.
class Single:
    _inst = None
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, x):
        print("init", x)
        self.x = x
s1 = Single(1)
s2 = Single(2)
print(s1 is s2, s1.x)

class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())

class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def __init__(self, v):
        self.orig = v
u = Upper("abc")
print(u, u.orig, type(u).__name__, isinstance(u, str))

class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(e)

class OnlyInit:
    def __init__(self, a):
        self.a = a
print(OnlyInit(3).a)

class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)

class Point:
    __slots__ = ("x", "y")
    def __new__(cls, x, y):
        self = object.__new__(cls)
        self.x, self.y = x, y
        return self
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
print(Point(1, 2))
p = Point.__new__(Point, 5, 6)
print(p)
try:
    OnlyInit()
except TypeError as e:
    print(e)
