# RUN: %difftest %s
# itertools over generators: islice stopping early (generator left suspended), tee, chain,
# groupby, takewhile, accumulate, zip_longest, and generator laziness visible in prints.
import itertools


def naturals():
    n = 0
    while True:
        print("produce", n)
        yield n
        n += 1


g = naturals()
print(list(itertools.islice(g, 2)))
print(next(g))
a, b = itertools.tee(x * x for x in range(4))
print(list(a), list(b))
print(list(itertools.chain((c for c in "ab"), range(2), iter([None]))))
words = (w for w in ["apple", "avocado", "banana", "blueberry", "cherry"])
print([(k, list(v)) for k, v in itertools.groupby(words, key=lambda w: w[0])])
print(list(itertools.takewhile(lambda v: v < 3, naturals())))
print(list(itertools.accumulate(x for x in [1, 2, 3, 4])))
print(list(itertools.zip_longest((i for i in range(3)), "ab", fillvalue="-")))
print(list(itertools.compress(range(5), (i % 2 for i in range(5)))))
print(list(itertools.starmap(pow, ((2, k) for k in range(4)))))
print(list(itertools.pairwise(c for c in "abcd")))
print(list(itertools.product((x for x in "ab"), repeat=2)))
print(next(itertools.dropwhile(lambda v: v < 4, naturals())))
counter = itertools.count(10, 5)
print([next(counter) for _ in range(3)])
print(list(itertools.filterfalse(None, (x % 3 for x in range(6)))))
