# RUN: %difftest %s
def outer(n):
    def square(x):
        return x * x

    def cube(x):
        return x * x * x

    result = []
    for i in range(n):
        result.append((square(i), cube(i)))
    return result


print(outer(5))


def make_helpers():
    def helper_a(s):
        return s.upper()

    def helper_b(s):
        return s[::-1]

    return [helper_a, helper_b]


for h in make_helpers():
    print(h("nested"), h.__name__, h.__qualname__)


def apply_twice(f, x):
    return f(f(x))


def inc(x):
    return x + 1


print(apply_twice(inc, 5), apply_twice(str.strip, "  x  "), apply_twice(abs, -3))


def pick(op):
    def add(a, b):
        return a + b

    def mul(a, b):
        return a * b

    if op == "+":
        return add
    return mul


print(pick("+")(3, 4), pick("*")(3, 4), list(map(pick("*"), [1, 2, 3], [4, 5, 6])))
