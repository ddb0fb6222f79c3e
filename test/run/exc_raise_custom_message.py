# RUN: %difftest %s
def level3(n):
    if n > 2:
        raise OverflowError(f"n too big: {n!r}", n)
    return n


def level2(n):
    return level3(n + 1) * 2


def level1(n):
    return level2(n + 1) + 1


print(level1(0))
print(level1(1))
