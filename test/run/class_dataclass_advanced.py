# RUN: %difftest %s
# dataclasses beyond the basics: slots=True, kw_only fields and KW_ONLY, InitVar,
# unsafe_hash, eq=False, frozen inheritance mismatches, field metadata, make_dataclass,
# match_args used by a match statement, and __post_init__ in an inheritance chain.
import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY

@dataclass(slots=True)
class Slot:
    a: int
    b: str = "b"
s = Slot(1)
print(s, Slot.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError:", e)

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
print(Opts(level=3))
try:
    Opts(True, 3)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Mixed:
    x: int
    _: KW_ONLY
    y: int = 0
    z: int = 1
print(Mixed(1, z=5), [f.kw_only for f in dataclasses.fields(Mixed)])

@dataclass
class WithInit:
    value: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.value *= scale
w = WithInit(5, 3)
print(w, [f.name for f in dataclasses.fields(w)])

@dataclass(unsafe_hash=True)
class Hashable:
    k: int
    meta: dict = field(default_factory=dict, hash=False, compare=False, metadata={"doc": "x"})
print(hash(Hashable(1)) == hash(Hashable(1, {"a": 1})), dataclasses.fields(Hashable)[1].metadata["doc"])

@dataclass(eq=False)
class Identity:
    v: int
print(Identity(1) == Identity(1), Identity.__hash__ is object.__hash__)

@dataclass(frozen=True)
class Frozen:
    v: int
try:
    @dataclass
    class Thawed(Frozen):
        w: int
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Parent:
    p: int
    def __post_init__(self):
        print("Parent post_init", self)
@dataclass
class Kid(Parent):
    k: int = 0
    def __post_init__(self):
        super().__post_init__()
        print("Kid post_init")
Kid(1, 2)

Made = dataclasses.make_dataclass("Made", [("a", int), ("b", int, field(default=7))], namespace={"total": lambda self: self.a + self.b})
m = Made(1)
print(m, m.total(), Made.__match_args__)
match m:
    case Made(1, b):
        print("matched b =", b)
try:
    Opts()
except TypeError as e:
    print("TypeError:", e)
