# RUN: %difftest %s
# __eq__ and __hash__: defining __eq__ alone makes instances unhashable, __hash__ = None,
# inheriting __hash__, __ne__ derived from __eq__, NotImplemented falling back to
# identity, sets and dicts using custom hashes.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return "Key(%r)" % self.k

d = {Key(1): "a", Key(2): "b"}
print(d[Key(1)], Key(2) in d, len({Key(1), Key(1), Key(3)}))
print(Key(1) == Key(1), Key(1) != Key(1), Key(1) != Key(2))

class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)

class Child(Key):
    pass
print(hash(Child(5)) == hash(5))

class ChildEq(Key):
    def __eq__(self, other):
        return False
print(ChildEq.__hash__)

class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print("TypeError:", e)

class NI:
    def __eq__(self, other):
        print("NI.__eq__")
        return NotImplemented
    __hash__ = object.__hash__
n = NI()
print(n == n, n == NI(), n != 3)

class Rev:
    def __eq__(self, other):
        print("Rev.__eq__ with", type(other).__name__)
        return True
print(3 == Rev(), Rev() == 3, [Rev()] == [1])

class Lt:
    def __lt__(self, o):
        return "lt-result"
print(Lt() < Lt(), Lt() > Lt())
try:
    Lt() <= Lt()
except TypeError as e:
    print("TypeError:", e)
