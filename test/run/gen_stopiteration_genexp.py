# RUN: %difftest %s
# StopIteration escaping next() inside a generator expression becomes RuntimeError (PEP
# 479) while a list comprehension lets it through; generators consumed by builtins, chain,
# next() with a default, a genexp finished by an exception in its element.
it = iter([1, 2])
try:
    print(list(next(it) for _ in range(3)))
except RuntimeError as e:
    print("genexp:", e, type(e.__cause__).__name__)
it = iter([1, 2])
try:
    print([next(it) for _ in range(3)])
except StopIteration:
    print("listcomp lets StopIteration through")
it = iter([1])
print(sum(x for x in it), dict((k, v) for k, v in [("a", 1)]))
def bad_gen():
    yield 1
    raise StopIteration
try:
    print(sorted(bad_gen()))
except RuntimeError as e:
    print("sorted:", e)
import itertools
try:
    list(itertools.chain(bad_gen()))
except RuntimeError as e:
    print("chain:", e)
def gen_return_stop():
    return (yield from iter([1]))
print(list(gen_return_stop()))
it = iter([])
print(next((x for x in it), "default"))
def first_or_none(iterable):
    for x in iterable:
        return x
print(first_or_none(x for x in []), first_or_none(y * 2 for y in [4]))
gen = (1 / x for x in [1, 0])
print(next(gen))
try:
    next(gen)
except ZeroDivisionError:
    print("genexp error, then", next(gen, "exhausted"))
