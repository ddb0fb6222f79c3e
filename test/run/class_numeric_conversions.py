# RUN: %difftest %s
# Conversion dunders: __index__ (used by slicing, range, hex, operator.index, list
# indexing), __int__, __float__, __complex__, __round__, __trunc__, __floor__, __ceil__,
# __abs__, and the TypeErrors when they are missing or return the wrong type.
import math
import operator

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
data = list(range(10))
print(data[Idx(3)], data[Idx(1):Idx(4)], list(range(Idx(3))), hex(Idx(255)), bin(Idx(5)))
print(operator.index(Idx(7)), "abc" * Idx(2), int(Idx(9)))

class Num:
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __complex__(self): return 1 + 2j
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
print(math.sqrt(n), "%d %.1f" % (n, n))

class BadInt:
    def __int__(self):
        return "nope"
class BadFloat:
    def __float__(self):
        return 1
class BadIndex:
    def __index__(self):
        return 1.5
for conv, obj in ((int, BadInt()), (float, BadFloat()), (operator.index, BadIndex()), (int, object())):
    try:
        conv(obj)
    except TypeError as e:
        print("TypeError:", e)
try:
    [1, 2][Num()]
except TypeError as e:
    print("TypeError:", e)
try:
    round(object())
except TypeError as e:
    print("TypeError:", e)

class IntSub(int):
    def __index__(self):
        return 99
print([0] * 3 == [0] * IntSub(3), operator.index(IntSub(3)))

class OnlyIndex:
    def __index__(self):
        return 6
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()), OnlyIndex().__index__())
