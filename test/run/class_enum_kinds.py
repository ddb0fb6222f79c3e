# RUN: %difftest %s
# enum: Enum with auto(), aliases, iteration and lookup by value and name, IntEnum
# arithmetic and comparisons, Flag/IntFlag combination and membership, unique(),
# member methods and properties, and the errors for bad lookups and reassignment.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto

class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    CRIMSON = 1
    def describe(self):
        return f"{self.name.lower()}={self.value}"
    @property
    def warm(self):
        return self is Color.RED

print(list(Color), Color.CRIMSON is Color.RED, Color(2), Color["BLUE"])
print(Color.RED.describe(), Color.RED.warm, Color.GREEN.warm, len(Color))
print(repr(Color.RED), str(Color.BLUE), Color.RED.name, list(Color.__members__))
try:
    Color(9)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)

class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(Level.LOW + 1, Level.HIGH > Level.MID, Level.MID == 5, sorted([Level.HIGH, Level.LOW]))
print(Level(5), int(Level.HIGH), [l.name for l in Level if l >= 5], f"{Level.MID}")

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), rw & Perm.W)
print([p.name for p in Perm], Perm(7), Perm(0))

class Bits(IntFlag):
    A = 1
    B = 2
print(Bits.A | Bits.B, Bits.A | 4, int(Bits.B), Bits.A + 1)

try:
    @enum.unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

class Planet(Enum):
    EARTH = (5.97, 6.37)
    MARS = (0.642, 3.39)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.MARS.mass, Planet.EARTH.value, Planet((0.642, 3.39)).name)
print(isinstance(Color.RED, Color), type(Color.RED).__name__, type(Color).__name__)
