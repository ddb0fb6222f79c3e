# RUN: %difftest %s
# Class patterns: isinstance (also through __instancecheck__), positional sub-patterns named
# by __match_args__, keyword sub-patterns, dataclasses and namedtuples, the builtins that
# match themselves (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str,
# tuple) and their subclasses, a subclass defining __match_args__ losing that, a missing
# attribute (AttributeError) failing the match, and the order of attribute lookups.
import collections
import dataclasses


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


@dataclasses.dataclass
class Circle:
    center: Point
    radius: float = 1.0


Pair = collections.namedtuple("Pair", "left right")


def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(0, y) | Point(y=0, x=y):
            return f"on an axis at {y}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {shape.x},{shape.y}"
        case Circle(Point(0, 0), r):
            return f"circle at the origin, radius {r}"
        case Circle(center=Point(x, y), radius=1.0):
            return f"unit circle at {x},{y}"
        case Circle(c, radius=r):
            return f"circle radius {r}"
        case Pair(l, Pair(r1, r2)):
            return f"nested pair {l} {r1} {r2}"
        case Pair(left=l):
            return f"pair left {l}"
    return "unknown"


for s in [Point(0, 0), Point(0, 5), Point(6, 0), Point(2, 2), Point(1, 3),
          Circle(Point(0, 0), 2), Circle(Point(1, 2)), Circle(Point(1, 2), 3),
          Pair(1, Pair(2, 3)), Pair("a", "b"), (1, 2), "x"]:
    print(where(s))


def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(real=r, imag=0):
            return f"int {r}"
        case float(f):
            return f"float {f}"
        case str(s) | bytes(s) | bytearray(s):
            return f"text {s!r}"
        case list([first, *_]) | tuple((first, *_)):
            return f"sequence starting {first!r}"
        case dict({"k": k}):
            return f"dict k={k}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case list(x) | tuple(x) | dict(x):
            return f"empty {type(x).__name__}"
    return "other"


for v in [True, -3, 7, 2.5, "s", b"b", bytearray(b"ba"), [4, 5], (6,), {"k": 1}, {1, 2},
          frozenset(), [], (), {}, None, 1j]:
    print(repr(v), builtin(v))


class MyInt(int):
    pass


class Coded(int):
    __match_args__ = ("real",)


class Labeled(int):
    __match_args__ = ()


print(builtin(MyInt(4)))
match Coded(9):
    case Coded(n):
        print("Coded real", n)
try:
    match Labeled(1):
        case Labeled(n):
            print("unreachable")
except TypeError as e:
    print("TypeError:", e)

log = []


class Meta(type):
    def __instancecheck__(cls, obj):
        log.append(f"instancecheck {type(obj).__name__}")
        return isinstance(obj, Thing)


class Anything(metaclass=Meta):
    __match_args__ = ("a", "b", "c")


class Thing:
    def __getattr__(self, name):
        log.append(f"getattr {name}")
        if name.startswith("missing"):
            raise AttributeError(name)
        return name.upper()


for subject in [Thing(), 5]:
    match subject:
        case Anything("A", missing_one=_):
            log.append("first")
        case Anything(a, b, missing_two=1):
            log.append("second")
        case Anything(a, b, c, d="D"):
            log.append(f"third {a} {b} {c}")
        case Anything(b=b):
            log.append(f"fourth {b}")
    print(log)
    log.clear()
