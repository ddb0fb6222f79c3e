# RUN: %difftest %s
# The implicit __classcell__ a class body passes to its metaclass when methods use
# __class__ or super(): present only then, the RuntimeError when a metaclass drops it, the
# TypeError when the metaclass returns a different class than the one the cell got, and a
# metaclass that builds a plain type with it.
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcs, name, bases, ns)
try:
    class X(metaclass=Meta):
        def m(self):
            return __class__
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
class Meta2(type):
    def __new__(mcs, name, bases, ns):
        print("classcell present:", "__classcell__" in ns, type(ns["__classcell__"]).__name__ if "__classcell__" in ns else None)
        return super().__new__(mcs, name, bases, ns)
class Y(metaclass=Meta2):
    def m(self):
        return super()
class Z(metaclass=Meta2):
    def m(self):
        return 1
print(Y().m().__thisclass__.__name__)
class Meta3(type):
    def __new__(mcs, name, bases, ns):
        return type.__new__(type, name, bases, ns)
class W(metaclass=Meta3):
    def m(self): return __class__
print(W().m() is W, type(W).__name__)
class Other:
    pass
class Meta4(type):
    def __new__(mcs, name, bases, ns):
        super().__new__(mcs, name, bases, ns)
        return Other
try:
    class V(metaclass=Meta4):
        def m(self): return __class__
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
