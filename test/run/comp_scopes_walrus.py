# RUN: %difftest %s
# The loop variables of comprehensions do not leak; a walrus inside binds in the enclosing
# function scope (or global scope), also from nested comprehensions and genexps.
x = "global x"
squares = [x * x for x in range(4)]
print(squares, x)


def running_totals(values):
    total = 0
    out = [total := total + v for v in values]
    return out, total


print(running_totals([1, 2, 3, 4]))


def first_long(words):
    if any(len(found := w) > 3 for w in words):
        return found
    return None


print(first_long(["ab", "abc", "abcd", "abcde"]), first_long(["a"]))
[last := n for n in range(5)]
print(last)


def nested():
    grid = [[(y := r * c) for c in range(3)] for r in range(3)]
    return grid, y


print(nested())


def filtered(data):
    return [(v, half) for v in data if (half := v // 2) > 1], half


print(filtered([1, 4, 6, 3]))
print({k: (m := k * 2) for k in range(3)}, m)
print({(s := c) for c in "aba"} == {"a", "b"}, s)


def closure_capture():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]


print(closure_capture())
