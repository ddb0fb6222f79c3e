# RUN: %difftest %s
# Comprehensions in a class body: only the first iterable is evaluated in the class scope;
# class variables are invisible to conditions, later iterables and the element; a
# NameError from that at the end (uncaught).
class Config:
    names = ["a", "b", "c"]
    factor = 10
    upper = [n.upper() for n in names]
    pairs = {n: i for i, n in enumerate(names)}
    lengths = list(len(n) for n in names)
    try:
        scaled = [x * factor for x in range(3)]
    except NameError as e:
        print("element:", e)
    try:
        filtered = [n for n in names if n != names[0]]
    except NameError as e:
        print("condition:", e)
    try:
        product = [(a, b) for a in names for b in names]
    except NameError as e:
        print("second iterable:", e)
    nested = [[c for c in n] for n in names]


print(Config.upper, Config.pairs, Config.lengths, Config.nested)
print(hasattr(Config, "n"), hasattr(Config, "scaled"))
factor = "global factor"


class UsesGlobal:
    factor = 3
    values = [factor for _ in range(2)]


print(UsesGlobal.values)


def outer():
    local = 5

    class Inner:
        local = 99
        seen = [local for _ in range(2)]
    return Inner.seen


print(outer())


class Broken:
    items = [1, 2]
    total = sum(x + len(items) for x in items)
