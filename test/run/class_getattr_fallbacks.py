# RUN: %difftest %s
# Attribute-lookup fallbacks: a property raising AttributeError falls back to __getattr__
# (another exception propagates), __getattribute__ raising a non-AttributeError skips
# __getattr__ and escapes hasattr, and dataclass(slots=True) replacing the class so that
# zero-argument super() in its methods sees the old class (3.11's TypeError).
class P:
    @property
    def broken(self):
        raise AttributeError("inside property")
    @property
    def other(self):
        raise KeyError("not attribute error")
    def __getattr__(self, name):
        return "__getattr__ rescued " + name
p = P()
print(p.broken)
try:
    p.other
except KeyError as e:
    print("KeyError:", e)
class G:
    def __getattribute__(self, name):
        raise ValueError("getattribute " + name)
    def __getattr__(self, name):
        return "never"
try:
    G().x
except ValueError as e:
    print("ValueError:", e)
print(hasattr(P(), "broken"), getattr(P(), "broken", "dflt"))
try:
    hasattr(G(), "x")
except ValueError as e:
    print("hasattr propagates ValueError:", e)
from dataclasses import dataclass
@dataclass(slots=True)
class S:
    a: int
    def sup(self):
        return super().__repr__()
try:
    print(S(1).sup())
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init__(self):
        self.seen = "Base"
@dataclass(slots=True)
class S2(Base):
    b: int = 0
    def __post_init__(self):
        try:
            super().__init__()
        except (TypeError, AttributeError) as e:
            print(type(e).__name__, e)
S2()
