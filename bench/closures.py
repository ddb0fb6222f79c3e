# Benchmark: closure-heavy code.
# Counters and accumulators that keep their state in enclosing variables
# updated with `nonlocal`, closures that capture loop-invariant parameters,
# function factories returning lambdas, decorators written as closures
# (call counting, memoisation, composition), and functools.reduce with
# lambdas over lists.
# Measures cell variables (load/store through cells), creating function
# objects with closures, calls of closures and lambdas, and reduce().

import functools


def make_counter(start, step):
    count = start

    def incr():
        nonlocal count
        count += step
        return count

    def get():
        return count

    return incr, get


def make_accumulator():
    total = 0
    calls = 0

    def add(x):
        nonlocal total, calls
        total += x
        calls += 1
        return total

    def stats():
        return calls, total

    return add, stats


def counted(fn):
    """Decorator: count calls in a closure variable."""
    calls = 0

    def wrapper(*args):
        nonlocal calls
        calls += 1
        return fn(*args)

    def ncalls():
        return calls

    wrapper.ncalls = ncalls
    wrapper.__name__ = fn.__name__
    return wrapper


def memoize(fn):
    """Decorator: cache results in a dict captured by the wrapper."""
    cache = {}

    def wrapper(n):
        r = cache.get(n)
        if r is None:
            r = fn(n)
            cache[n] = r
        return r

    wrapper.cache = cache
    return wrapper


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x

    return composed


def adder(k):
    return lambda x: x + k


def multiplier(k):
    return lambda x: x * k


@counted
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


@memoize
def partitions(n):
    # number of partitions of n into parts of size 1 and 3, memoised through
    # the closure; recursion goes through the decorated global name
    if n < 0:
        return 0
    if n == 0:
        return 1
    return partitions(n - 1) + partitions(n - 3) - partitions(n - 4)


def counters_phase(n):
    incr, get = make_counter(0, 3)
    incr2, get2 = make_counter(100, -1)
    for _ in range(n):
        incr()
        incr2()
    return get(), get2()


def accumulator_phase(n):
    add, stats = make_accumulator()
    for i in range(n):
        add(i & 255)
    return stats()


def factory_phase(n):
    # builds many small closures and calls them through compose()
    total = 0
    for i in range(n):
        f = compose(adder(i & 7), multiplier(3), adder(1))
        total += f(i)
    return total


def reduce_phase(n, rounds):
    data = [(i * 7919) % 1009 for i in range(n)]
    acc = 0
    for r in range(rounds):
        s = functools.reduce(lambda a, b: a + b, data, 0)
        m = functools.reduce(lambda a, b: a if a > b else b, data)
        x = functools.reduce(lambda a, b: (a * 31 + b + r) & 0xFFFF, data, 1)
        acc += s + m + x
    return acc


def sort_phase(n):
    words = []
    x = 42
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        words.append((x % 977, x % 13))
    ordered = sorted(words, key=lambda w: (w[1], -w[0]))
    picked = list(filter(lambda w: w[0] % 5 == 0, ordered))
    return ordered[0], ordered[-1], len(picked)


def nested_phase(n):
    # three levels of nesting, the innermost updates the outermost variable
    hits = 0

    def level1(a):
        def level2(b):
            def level3(c):
                nonlocal hits
                if (a + b + c) % 7 == 0:
                    hits += 1
                return a * b + c

            return level3(b + 1) + level3(a + 2)

        return level2(a + 1)

    total = 0
    for i in range(n):
        total += level1(i)
    return total, hits


def main():
    print("counters", counters_phase(500000))
    print("accumulator", accumulator_phase(500000))
    print("factory", factory_phase(200000))
    print("reduce", reduce_phase(20000, 20))
    print("sort", sort_phase(120000))
    print("nested", nested_phase(200000))
    t = 0
    for k in range(1, 20000):
        t += collatz_len(k)
    print("collatz", t, collatz_len.ncalls(), collatz_len.__name__)
    print("partitions", partitions(300), len(partitions.cache))


main()
