# RUN: %difftest %s
# __iter__/__next__ classes, __getitem__-based iteration (the old sequence protocol),
# __reversed__, __contains__ falling back to __iter__, iterators exhausted once, and an
# __iter__ returning a non-iterator.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(3)
print(list(c), list(c))
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
a, b, *rest = Countdown(5)
print(a, b, rest)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq())
it = iter(Seq())
print(type(it).__name__, next(it), next(it))

class Bag:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        print("Bag.__iter__")
        yield from self.items
    def __reversed__(self):
        return iter(self.items[::-1])
b = Bag(1, 2, 3)
print(2 in b, 7 in b)
print(list(reversed(b)), [x * 2 for x in b])
print(dict(zip(Bag("a", "b"), Countdown(2))))

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)

class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)

class Sentinel:
    def __init__(self):
        self.i = 0
    def __call__(self):
        self.i += 1
        return self.i
print(list(iter(Sentinel(), 4)))
g = iter(Countdown(2))
print(next(g), next(g), next(g, "done"))
next(g)
