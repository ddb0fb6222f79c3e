"""A first program for pylc: compiled to native code, it behaves as under python3.11."""
import math
import sys


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def describe(values, *, precision=3):
    total = sum(values)
    mean = total / len(values)
    return f"n={len(values)} total={total} mean={mean:.{precision}f} sqrt={math.sqrt(mean):.{precision}f}"


if __name__ == "__main__":
    print("hello from", type(fib).__name__)
    print(list(map(fib, range(10))))
    print(describe([1, 2, 3, 4, 5]))
    print(2 ** 100, -7 // 2, 0.1 + 0.2)
    sys.exit(0)
