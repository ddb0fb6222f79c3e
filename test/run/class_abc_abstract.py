# RUN: %difftest %s
# abc: instantiating a class with abstract methods raises TypeError naming them (sorted),
# concrete subclasses work, abstract properties/classmethods, ABC.register virtual
# subclasses, __subclasshook__, and super() calls into an abstract method's body.
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        return "base area"
    @abstractmethod
    def perimeter(self):
        ...
    @property
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f"{self.name}: area={self.area()} perimeter={self.perimeter()}"

try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print("TypeError:", e)

class Square(Half):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s
    @property
    def name(self):
        return "square"
    def base(self):
        return super().area()
sq = Square(3)
print(sq.describe(), sq.base(), isinstance(sq, Shape))
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__)

class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(issubclass(list, Sized), issubclass(int, Sized), isinstance("s", Sized))

class Registry(ABC):
    pass
class Unrelated:
    pass
Registry.register(Unrelated)
print(issubclass(Unrelated, Registry), isinstance(Unrelated(), Registry), Registry in Unrelated.__mro__)

class Factory(ABC):
    @classmethod
    @abstractmethod
    def create(cls):
        ...
class Impl(Factory):
    @classmethod
    def create(cls):
        return cls.__name__
print(Impl.create(), type(Shape).__name__)
class StillAbstract(Shape):
    pass
StillAbstract()
