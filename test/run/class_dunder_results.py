# RUN: %difftest %s
# Dunder result conversions and blocking: __hash__ results reduced or rejected, __len__
# results of the wrong type or size, __contains__ returning non-bools, dunders set to None
# (__iter__/__contains__/__reversed__/__bool__) blocking the fallbacks, the sequence
# fallbacks for reversed/in/list, and an __index__ too large for an index.
class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
for v in (2 ** 100, -1, True, 3.5, "s"):
    try:
        print(hash(H(v)))
    except TypeError as e:
        print("TypeError:", e)
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
for v in (3, 2.0, True, "x", 2 ** 63):
    try:
        print(len(L(v)), bool(L(v)))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
class C:
    def __contains__(self, x): return x  # returns non-bool
print(1 in C(), 0 in C(), "" in C(), [1] in C(), 0 not in C())
class Blocked:
    __iter__ = None
    __contains__ = None
    __reversed__ = None
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
    def __len__(self): return 3
b = Blocked()
for op in (lambda: iter(b), lambda: 1 in b, lambda: reversed(b), lambda: list(b)):
    try:
        print(op())
    except TypeError as e:
        print("TypeError:", e)
class NoRev:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
    def __len__(self): return 3
print(list(reversed(NoRev())), list(NoRev()), 20 in NoRev())
class Bad:
    __bool__ = None
try:
    bool(Bad())
except TypeError as e:
    print("TypeError:", e)
class Ints:
    def __index__(self): return 2 ** 100
try:
    [1][Ints()]
except IndexError as e:
    print("IndexError:", e)
print("ab"[Ints():], range(10)[Ints():])
