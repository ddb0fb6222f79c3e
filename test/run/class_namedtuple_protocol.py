# RUN: %difftest %s
# typing.NamedTuple (defaults, methods, _replace/_asdict/_fields, tuple behaviour, the
# field-order TypeError), collections.namedtuple, and typing.Protocol with
# runtime_checkable isinstance checks (and the error for a non-runtime protocol).
from typing import NamedTuple, Protocol, runtime_checkable
from collections import namedtuple

class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    level: int = 1
    def promote(self):
        return self._replace(level=self.level + 1)
    def __str__(self):
        return f"{self.name}@{self.dept}:{self.level}"

e = Emp("ann")
print(e, repr(e), e.promote(), e._asdict(), Emp._fields, Emp._field_defaults)
name, dept, level = e
print(name, dept, level, e[1], len(e), e == ("ann", "eng", 1), isinstance(e, tuple))
print(Emp._make(["bob", "ops", 3]), e.__annotations__ if hasattr(e, "__annotations__") else None)
try:
    e.name = "x"
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    class BadNT(NamedTuple):
        a: int = 0
        b: int
except TypeError as ex:
    print("TypeError:", ex)

P = namedtuple("P", "x y", defaults=[0])
print(P(1), P(1, 2)._replace(x=5), P.__name__, P._fields)
try:
    P()
except TypeError as ex:
    print("TypeError:", ex)

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...

class File:
    def close(self):
        return "closed"
class Rock:
    pass
print(isinstance(File(), Closer), isinstance(Rock(), Closer), issubclass(File, Closer))

class Drawable(Protocol):
    def draw(self) -> str: ...
class Circle:
    def draw(self):
        return "circle"
def render(d: Drawable):
    return d.draw()
print(render(Circle()))
try:
    isinstance(Circle(), Drawable)
except TypeError as ex:
    print("TypeError:", ex)
try:
    Drawable()
except TypeError as ex:
    print("TypeError:", ex)
