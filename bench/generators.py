# Benchmark: a pipeline of generators.
# A stream of pseudo-random numbers (LCG) flows through chained generator
# functions (filter, map, windowing, run-length grouping), generator
# expressions, `yield from` delegation (also recursive: a tree walk) and a
# coroutine-style accumulator driven with send().
# Measures generator creation, resumption and suspension, StopIteration
# handling in for loops and next(), yield from, send() and generator
# expressions consumed by sum/max/any.


def lcg(seed, count):
    x = seed
    for _ in range(count):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x


def scaled(stream, modulus):
    for v in stream:
        yield v % modulus


def keep_odd(stream):
    for v in stream:
        if v & 1:
            yield v


def pairs(stream):
    it = iter(stream)
    for a in it:
        b = next(it, None)
        if b is None:
            return
        yield a, b


def windows(stream, size):
    buf = []
    for v in stream:
        buf.append(v)
        if len(buf) == size:
            yield tuple(buf)
            del buf[0]


def runs(stream):
    """Run-length groups of equal consecutive values: yields (value, length)."""
    it = iter(stream)
    try:
        cur = next(it)
    except StopIteration:
        return
    n = 1
    for v in it:
        if v == cur:
            n += 1
        else:
            yield cur, n
            cur = v
            n = 1
    yield cur, n


def chain(*streams):
    for s in streams:
        yield from s


def tree(depth, label):
    """A complete binary tree as nested tuples (label, left, right)."""
    if depth == 0:
        return (label, None, None)
    return (label, tree(depth - 1, label * 2), tree(depth - 1, label * 2 + 1))


def walk(node):
    """In-order traversal with recursive yield from."""
    if node is None:
        return
    label, left, right = node
    yield from walk(left)
    yield label
    yield from walk(right)


def averager():
    """A coroutine: send() numbers, receive the running (count, total)."""
    total = 0
    count = 0
    result = None
    while True:
        value = yield result
        if value is None:
            break
        total += value
        count += 1
        result = (count, total)
    return total


def delegating(target_results):
    # yield from forwards send() to the inner coroutine and collects its return
    total = yield from averager()
    target_results.append(total)


def stage_one(n):
    # filter/map chain, consumed by a generator expression in sum()
    stream = keep_odd(scaled(lcg(12345, n), 1000))
    return sum(v * v for v in stream)


def stage_two(n):
    # windowed moving maximum over pairs
    best = 0
    count = 0
    for w in windows((a - b for a, b in pairs(scaled(lcg(777, n), 100))), 5):
        m = max(w)
        if m > best:
            best = m
        count += 1
    return count, best


def stage_three(n):
    # run-length grouping of a low-entropy stream, chained streams
    longest = 0
    groups = 0
    for value, length in runs(chain(scaled(lcg(1, n), 3), scaled(lcg(2, n), 2))):
        groups += 1
        if length > longest:
            longest = length
    return groups, longest


def stage_four(depth, reps):
    t = tree(depth, 1)
    acc = 0
    for _ in range(reps):
        acc += sum(x for x in walk(t) if x % 3 == 0)
    return acc


def stage_five(n):
    results = []
    co = delegating(results)
    next(co)
    last = None
    for v in scaled(lcg(99, n), 50):
        last = co.send(v)
    try:
        co.send(None)
    except StopIteration:
        pass
    return last, results[0]


def main():
    print("stage1", stage_one(700000))
    print("stage2", stage_two(400000))
    print("stage3", stage_three(350000))
    print("stage4", stage_four(12, 28))
    print("stage5", stage_five(400000))
    squares = list(x * x for x in range(10) if any(x == y for y in (1, 3, 5, 7)))
    print("genexpr", squares)


main()
