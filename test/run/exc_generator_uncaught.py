# RUN: %difftest %s
# An exception raised inside a generator propagates out of next()/for with the generator's
# frame in the traceback; the generator is then finished.
def numbers(limit):
    n = 0
    while True:
        if n > limit:
            raise OverflowError(f"{n} exceeds {limit}")
        yield n
        n += 1


g = numbers(1)
print(next(g), next(g))
try:
    next(g)
except OverflowError as e:
    print("caught", e)
print(next(g, "exhausted"))


def consumer(gen):
    total = 0
    for x in gen:
        total += x
    return total


def scaled(items):
    for item in items:
        yield 10 / item


print(consumer(scaled([1, 2, 5])))
print(consumer(scaled([1, 0])))
