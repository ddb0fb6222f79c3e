# RUN: %difftest %s
# functools.total_ordering filling in comparisons from __eq__ and one ordering method,
# NotImplemented propagation to the reflected operand, sorting/min/max/bisect on compiled
# instances, and the ValueError when no ordering method is defined.
import bisect
import functools

@functools.total_ordering
class Card:
    order = "23456789TJQKA"
    def __init__(self, face):
        self.face = face
    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.face == other.face
    def __lt__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.order.index(self.face) < self.order.index(other.face)
    def __repr__(self):
        return "Card(%s)" % self.face
    __hash__ = None

cards = [Card(c) for c in "K3TA7"]
print(sorted(cards), min(cards), max(cards))
a, k = Card("A"), Card("K")
print(a > k, a >= k, a <= k, k <= k, k >= Card("K"), a != k)
hand = sorted(cards)
bisect.insort(hand, Card("9"))
print(hand, bisect.bisect_left(hand, Card("T")))
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
try:
    a >= 5
except TypeError as e:
    print("TypeError:", e)
print(a == 5, sorted(cards, reverse=True)[0])

@functools.total_ordering
class ByGt:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(ByGt(1) < ByGt(2), ByGt(3) <= ByGt(2), ByGt(2) >= ByGt(2))
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

@functools.cmp_to_key
def by_len(a, b):
    return len(a) - len(b)
print(sorted(["ccc", "a", "bb"], key=by_len))
