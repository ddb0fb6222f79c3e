# RUN: %difftest %s
# RUN: %difftest --no-run --build-flag=-O0 %s
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fib(20), fib(25))
for i in range(0, 15):
    print(i, fib(i), fib_iter(i), fact(i))
print(fib_iter(300))
print(fact(60))


def count_down(n):
    if n == 0:
        return ["liftoff"]
    return [n] + count_down(n - 1)


print(count_down(10))


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(500))


def flatten(x, out):
    if isinstance(x, list):
        for item in x:
            flatten(item, out)
    else:
        out.append(x)
    return out


print(flatten([1, [2, [3, [4, [5]]]], [], [[6, 7]]], []))


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    res = list(rest)
    for subset in rest:
        res.append([items[0]] + subset)
    return res


print(sorted(power_set([1, 2, 3])), len(power_set(list(range(10)))))
