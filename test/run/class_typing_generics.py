# RUN: %difftest %s
# typing generics on compiled classes: Generic[T] subclassing and __class_getitem__,
# __orig_bases__/__parameters__, arity errors, isinstance with a subscripted generic,
# runtime_checkable Protocols with data members (isinstance checks attributes, issubclass
# refuses), get_type_hints of class bodies and methods (string annotations resolved).
from typing import Generic, TypeVar, Protocol, runtime_checkable, get_type_hints, ClassVar
T = TypeVar("T")
K = TypeVar("K")
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
class Pair(Box[T], Generic[T, K]):
    def __init__(self, a: T, b: K):
        super().__init__(a)
        self.b = b
print(Box[int], Box[int](5).get(), Pair[int, str].__origin__ is Pair, Pair.__parameters__)
print(Box.__orig_bases__, Pair.__orig_bases__, Pair.__mro__[1].__name__)
print(type(Box[int]).__name__, Box[int].__args__, isinstance(Box[int](1), Box))
try:
    Box[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, Box[int])
except TypeError as e:
    print("TypeError:", e)
@runtime_checkable
class HasName(Protocol):
    name: str
    def greet(self) -> str: ...
class Person:
    def __init__(self):
        self.name = "ann"
    def greet(self):
        return "hi"
class Nameless:
    def greet(self):
        return "hi"
print(isinstance(Person(), HasName), isinstance(Nameless(), HasName))
try:
    issubclass(Person, HasName)
except TypeError as e:
    print("TypeError:", e)
class Annotated:
    x: int
    y: "list[str]"
    z: ClassVar[int] = 0
    def method(self, a: "Box[int]") -> None:
        pass
print(get_type_hints(Annotated), get_type_hints(Annotated.method))
class Impl(HasName, Protocol):
    pass
print(Impl._is_protocol, HasName._is_protocol)
