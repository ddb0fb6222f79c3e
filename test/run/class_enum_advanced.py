# RUN: %difftest %s
# enum extras: StrEnum (3.11), _missing_, _generate_next_value_, the functional API,
# aliases hidden from iteration but in __members__, Enum members as dict keys, pickling,
# extending an enum with members (TypeError), and comparisons between enums.
import enum
import pickle
from enum import Enum, StrEnum, auto

class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, Mode.WRITE.upper(), Mode.READ == "read", f"{Mode.WRITE}", list(Mode))

class Status(Enum):
    OK = 200
    NOT_FOUND = 404
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        return None
print(Status("404"), Status(200))
try:
    Status("abc")
except ValueError as e:
    print("ValueError:", e)

class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    ALPHA = auto()
    BETA = auto()
print([m.value for m in Named])

Animal = Enum("Animal", "CAT DOG BIRD")
print(list(Animal), Animal.DOG.value, Animal["BIRD"])
Pairs = Enum("Pairs", [("X", 10), ("Y", 20)])
print(Pairs.Y.value, Pairs(10))

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    ALIAS_SQUARE = 2
print(list(Shape), list(Shape.__members__), Shape.ALIAS_SQUARE.name)
counts = {Shape.SQUARE: 1, Shape.DIAMOND: 2}
print(counts[Shape.ALIAS_SQUARE], Shape.SQUARE in counts)
print(pickle.loads(pickle.dumps(Shape.DIAMOND)) is Shape.DIAMOND)
try:
    class MoreShape(Shape):
        CIRCLE = 3
except TypeError as e:
    print("TypeError:", e)
try:
    Shape.SQUARE < Shape.DIAMOND
except TypeError as e:
    print("TypeError:", e)
print(Shape.SQUARE == 2, Shape.SQUARE.value == 2, Shape.SQUARE is Shape(2))

class Base(Enum):
    def label(self):
        return "<%s>" % self.name
class Concrete(Base):
    ONE = 1
print(Concrete.ONE.label(), isinstance(Concrete.ONE, Base))
print(enum.IntFlag("Perm", "R W X").W.value, Mode("w").name)
Status(500)
