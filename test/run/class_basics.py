# RUN: %difftest %s
# Classes: methods, properties, class/static methods, dunders, inheritance with super(),
# name mangling, classes made in functions (closures through class bodies), the namespace
# as locals, __qualname__/__module__/__doc__.
class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    __hash__ = None
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @staticmethod
    def helper(a):
        return a * 2
    names = sorted([k for k in locals() if not k.startswith("__")])
print(Point.names)

print(Point(1, 2) + Point(3, 4), Point.origin(), Point(3, 4).norm2, Point.helper(5))
print(Point.__doc__, Point.dims, Point.__qualname__, Point.__module__)
print(Point.__init__.__qualname__, Point(1, 1) == Point(1, 1), Point.__hash__)

class P3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def __repr__(self):
        return super().__repr__() + f"+{self.z}"
    @classmethod
    def origin(cls):
        base = super().origin
        return cls(0, 0, 0), base.__func__ is Point.origin.__func__
print(P3(1, 2, 3), [c.__name__ for c in P3.__mro__], P3.origin())

class Secret:
    def __init__(self):
        self.__hidden = 42
    def get(self):
        return self.__hidden
s = Secret()
print(s.get(), s._Secret__hidden, hasattr(s, "__hidden"))

def factory(n):
    class Local:
        size = n
        def get(self):
            return n, self.size, __class__.__name__
    return Local
print(factory(3)().get(), factory(3).__qualname__)

class Body:
    print("running the body", __name__, __qualname__)
    a = 1
    b = a + 1
    del a
    x: int = 3
print(Body.b, hasattr(Body, "a"), Body.__annotations__)

class Multi(P3, dict):
    pass
print([c.__name__ for c in Multi.__mro__])
print(Point(1, 2).missing)
