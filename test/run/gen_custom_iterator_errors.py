# RUN: %difftest %s
# Custom iterator protocol in for loops, unpacking and builtins: StopIteration from
# __next__ ends the loop, other errors propagate with __next__'s frame, __iter__ returning
# a non-iterator is a TypeError, and an error in __iter__ shows up at the for statement.
class Countdown:
    def __init__(self, n, fail_at=None):
        self.n = n
        self.fail_at = fail_at

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == self.fail_at:
            raise ArithmeticError(f"cannot count past {self.n}")
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(2)))
a, b, c = Countdown(3)
print(a, b, c)
try:
    x, y = Countdown(3)
except ValueError as e:
    print(e)


class BadIter:
    def __iter__(self):
        return 5


try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)


class NoNext:
    def __iter__(self):
        return self


try:
    iter(NoNext())
except TypeError as e:
    print("TypeError:", e)
print([v for v in Countdown(3)], dict(zip("ab", Countdown(5))))
for v in Countdown(5, fail_at=2):
    print("got", v)
