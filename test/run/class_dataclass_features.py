# RUN: %difftest %s
# dataclasses: defaults and default_factory, order=True comparisons, frozen (assignment
# raises FrozenInstanceError), __post_init__, field(init=False, repr=False), eq and hash
# generation, asdict/astuple/replace/fields, and the mutable-default ValueError.
import dataclasses
from dataclasses import dataclass, field

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    tags: list = field(default_factory=list, compare=False)

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 0, ["x"])]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(1, 2) == Version(1, 2, tags=["y"]), Version(2) >= Version(1, 9))

@dataclass(frozen=True)
class Pt:
    x: int
    y: int = 0
p = Pt(1, 2)
try:
    p.x = 5
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(p) == hash(Pt(1, 2)), {p, Pt(1, 2)} == {p}, dataclasses.replace(p, y=9))

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    secret: str = field(default="s", repr=False)
    def __post_init__(self):
        self.area = self.w * self.h
r = Rect(2, 3)
print(r, r.area, dataclasses.asdict(r), dataclasses.astuple(r))
print([f.name for f in dataclasses.fields(Rect)], Rect.__match_args__)
print(Rect.__hash__, Rect(1, 1) == Rect(1, 1), Rect(1, 1) == (1, 1))

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Base:
    x: int = 1
@dataclass
class Derived(Base):
    y: int = 2
print(Derived(), Derived(5, 6), dataclasses.is_dataclass(Derived()))
try:
    Version()
except TypeError as e:
    print("TypeError:", e)
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)
