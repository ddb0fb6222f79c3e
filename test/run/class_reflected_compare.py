# RUN: %difftest %s
# Rich comparisons: reflected order (x < y tries y > x when x returns NotImplemented),
# subclass priority for reflected comparisons, chained comparisons calling each operator
# once, comparisons returning non-bools used in if/while, and sorting with only __lt__.
log = []
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "N%d" % self.v
    def __lt__(self, o):
        log.append("%r<%r" % (self, o))
        return self.v < (o.v if isinstance(o, Num) else o)
    def __gt__(self, o):
        log.append("%r>%r" % (self, o))
        return self.v > (o.v if isinstance(o, Num) else o)
    def __le__(self, o):
        return NotImplemented
    def __ge__(self, o):
        log.append("%r>=%r" % (self, o))
        return self.v >= o

class SubNum(Num):
    def __gt__(self, o):
        log.append("Sub %r>%r" % (self, o))
        return True

print(Num(1) < Num(2), log); log.clear()
print(3 < Num(5), log); log.clear()
print(Num(1) < SubNum(0), log); log.clear()
print(3 <= Num(2), log); log.clear()
print(Num(1) < Num(2) < Num(3), log); log.clear()
print(1 < Num(2) < 3 > Num(1), log); log.clear()
print(sorted([Num(3), Num(1), Num(2)]), max(Num(4), Num(7)))
log.clear()

class Weird:
    def __eq__(self, o):
        return "truthy string"
    def __lt__(self, o):
        return 0
    __hash__ = None
w = Weird()
print(w == 1, w < 1, "yes" if w == 2 else "no", "yes" if w < 2 else "no")
print([1, w] == [1, 2], (w,) == (w,))

class Vec:
    def __init__(self, *c):
        self.c = c
    def __eq__(self, o):
        return [a == b for a, b in zip(self.c, o.c)]
try:
    if Vec(1, 2) == Vec(1, 3):
        print("list truthy")
except Exception as e:
    print(type(e).__name__)
class NoBool:
    def __bool__(self):
        raise ValueError("no truth value")
class RetNoBool:
    def __lt__(self, o):
        return NoBool()
try:
    if RetNoBool() < 1:
        pass
except ValueError as e:
    print("ValueError:", e)
try:
    Num(1) <= 5
except TypeError as e:
    print("TypeError:", e)
