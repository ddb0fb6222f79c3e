# RUN: %difftest %s
# Class patterns with dataclasses (generated __match_args__, kw_only fields excluded),
# namedtuples (sequence and class patterns), Enum members as value patterns (dotted names),
# and IntEnum/Flag members compared by equality.
import dataclasses
import enum
import typing


@dataclasses.dataclass
class Move:
    dx: int
    dy: int
    label: str = dataclasses.field(default="", kw_only=True)


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Pt(typing.NamedTuple):
    x: int
    y: int


def describe(v):
    match v:
        case Move(0, 0):
            return "no move"
        case Move(dx, 0, label=str() as lab) if lab:
            return f"horizontal {dx} labelled {lab}"
        case Move(dx, dy):
            return f"move {dx},{dy}"
        case Color.RED:
            return "red"
        case Color():
            return f"other color {v.name}"
        case Level.HIGH:
            return "high level"
        case Pt(x=0):
            return "point on y axis"
        case Pt(x, y) if x == y:
            return f"diagonal point {x}"
        case (a, b):
            return f"pair {a} {b}"
        case _:
            return "unknown"


print(Move.__match_args__, Pt.__match_args__)
for v in [Move(0, 0), Move(3, 0, label="east"), Move(3, 0), Move(1, 2), Color.RED,
          Color.GREEN, Level.HIGH, 2, Level.LOW, Pt(0, 5), Pt(2, 2), Pt(1, 3), (7, 8), 1]:
    print(repr(v), "->", describe(v))
try:
    match Move(1, 2):
        case Move(1, 2, "label"):
            pass
except TypeError as e:
    print("TypeError:", e)
