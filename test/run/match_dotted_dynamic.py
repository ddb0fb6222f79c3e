# RUN: %difftest %s
# More match corners: self.attr value patterns in a method, __match_args__ from a metaclass
# property, deeply nested class patterns with as, int keys (also negative) with **rest,
# or-patterns of sequence literals, a capture left bound by a failed guard, attribute
# lookups counted through a property across or-alternatives, walrus in a guard, -0.0/inf.
class Limits:
    def __init__(self, low, high):
        self.low, self.high = low, high
    def classify(self, v):
        match v:
            case self.low:
                return "at low"
            case self.high:
                return "at high"
            case int() if self.low < v < self.high:
                return "between"
            case _:
                return "outside"
L = Limits(1, 5)
print([L.classify(v) for v in [1, 3, 5, 9]])
class Meta(type):
    @property
    def __match_args__(cls):
        return ("a",)
class Dyn(metaclass=Meta):
    def __init__(self): self.a = "dyn-a"
match Dyn():
    case Dyn(x):
        print("dynamic match_args", x)
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
match P(P(1, 2), P(3, P(4, 5))):
    case P(P(a, b), P(c, P(y=d) as inner)):
        print(a, b, c, d, inner.x)
match {1: "one", 2: "two", -3: "neg"}:
    case {1: _, -3: t, **rest}:
        print(t, rest)
for v in [[1, 2], [3, 4], (1, 2), [5, 6]]:
    match v:
        case [1, 2] | [3, 4]:
            print("listy", v)
        case _:
            print("other", v)
match 5:
    case x if x > 10:
        pass
    case y:
        print("x bound?", "x" in dir(), y)
class Count:
    calls = 0
    __match_args__ = ("v",)
    @property
    def v(self):
        Count.calls += 1
        return Count.calls
match Count():
    case Count(1) | Count(2):
        print("calls", Count.calls)
match Count():
    case Count(v=99) | Count(v=4):
        print("second", Count.calls)
    case _:
        print("none", Count.calls)
match "abc":
    case str(x) if (n := len(x)) == 3:
        print("len", n)
def f(v):
    match v:
        case (a, b, *c) if c:
            return "long"
        case (a, b):
            return "pair"
        case _:
            return "?"
print(f((1, 2, 3)), f([1, 2]), f("xy"), f(range(5)))
match -0.0:
    case 0:
        print("neg zero matches 0")
match 1e400:
    case float(x) if x == float("inf"):
        print("inf")
