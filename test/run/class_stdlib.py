# RUN: %difftest %s
# Standard-library machinery on compiled classes: dataclasses, enum, abc, NamedTuple,
# Protocol, total_ordering, metaclasses with keywords, __init_subclass__, __set_name__,
# __class_getitem__, subclasses of builtins.
import abc
import dataclasses
import enum
import functools
import typing

@dataclasses.dataclass(order=True)
class Item:
    name: str
    qty: int = 0
    tags: list = dataclasses.field(default_factory=list)
print(Item("a"), Item("a", 1) < Item("b"), dataclasses.asdict(Item("z", 2)))

class Color(enum.Enum):
    RED = 1
    GREEN = enum.auto()
print(Color.RED, list(Color), Color(2), Color["GREEN"].value)

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
class Sq(Shape):
    def area(self):
        return 4
print(Sq().area(), isinstance(Sq(), Shape))
try_it = None

class Pair(typing.NamedTuple):
    a: int
    b: int = 2
print(Pair(1), Pair(1)._replace(b=5), Pair._fields)

@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2))

class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag")
        return super().__new__(m, name, bases, ns)
class T(metaclass=Meta, tag="t"):
    pass
print(T.tag, type(T).__name__)

class Base:
    registry = []
    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, key))
class A(Base, key="a"): pass
class B(Base): pass
print(Base.registry)

class Named:
    def __set_name__(self, owner, name):
        self.name = owner.__name__ + "." + name
    def __get__(self, obj, owner=None):
        return self.name
class Holder:
    attr = Named()
print(Holder().attr)

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"
print(Box[int])

class MyList(list):
    def total(self):
        return sum(self)
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
class MyError(Exception):
    pass
print(MyList([1, 2, 3]).total(), MyInt(5) + 1, repr(MyInt(5)), MyError("bad").args)
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
print(MyDict(a=1)["a"], MyDict()["zz"])
Sq.__abstractmethods__
Shape()
