# RUN: %difftest %s
# __length_hint__ consulted by list()/tuple()/sorted() (bad results raise, NotImplemented
# is ignored, its exception propagates), operator.length_hint, and __getitem__ receiving
# raw keys (negative ints, slices, tuples, Ellipsis) with no length adjustment.
import operator
class It:
    def __init__(self, n, hint):
        self.n, self.hint = n, hint
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
    def __length_hint__(self):
        print("hint asked")
        if isinstance(self.hint, Exception):
            raise self.hint
        return self.hint
print(list(It(3, 10)), operator.length_hint(It(2, 5)))
for hint in (-1, "x", NotImplemented, KeyError("hint failed")):
    try:
        print(list(It(2, hint)))
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
class Seq:
    def __getitem__(self, k):
        return k
s = Seq()
print(s[-1], s[1:-1], s[::2], s[1, 2:3], s[...])
class Both:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i
print(list(Both()), operator.length_hint(Both()), list(reversed(Both())), Both()[-1])
print(tuple(It(2, 0)), sorted(It(3, 1)), "".join(str(v) for v in It(3, 2)))
