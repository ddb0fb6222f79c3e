# RUN: %difftest %s
# __repr__/__str__/__format__: which one print, str(), repr(), f-strings (!r !s !a and
# format specs), %-formatting and containers use; a __format__ that rejects specs.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "c":
            return "%d cents" % self.cents
        if spec.startswith(">"):
            return format(str(self), spec)
        raise ValueError("bad spec %r" % spec)

m = Money(1234)
print(m, str(m), repr(m))
print(f"{m}|{m!r}|{m!s}|{m:c}|{m:>10}|")
print("%s %r" % (m, m))
print([m], (m,), {"k": m})
print("{} {!r} {:c}".format(m, m, m))
print(format(m, "c"))
try:
    f"{m:zz}"
except ValueError as e:
    print("ValueError:", e)

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr é>"
o = OnlyRepr()
print(o, str(o), f"{o!a}", ascii(o))

class Plain:
    pass
try:
    format(Plain(), "d")
except TypeError as e:
    print("TypeError:", e)

class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)

class IntLike(int):
    def __str__(self):
        return "IntLike!"
i = IntLike(7)
print(i, repr(i), f"{i}", f"{i:03d}", "%d" % i, str(i))
