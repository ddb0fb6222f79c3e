# RUN: %difftest %s
import functools

registry = []


def register(func):
    registry.append(func.__name__)
    return func


def replace_with_constant(func):
    return constant


def constant(*args):
    return "constant"


@register
def alpha():
    return "alpha"


@register
@register
def beta(x):
    return x * 2


@replace_with_constant
def gamma():
    return "gamma"


@functools.lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@functools.cache
def slow_square(n):
    print("computing", n)
    return n * n


print(registry, alpha(), beta(21), gamma(), gamma(1, 2))
print(fib(100), fib.cache_info().hits > 0)
print(slow_square(4), slow_square(4), slow_square(5))


def tag(func):
    func.tagged = True
    return func


@tag
def tagged_function():
    return 1


print(tagged_function.tagged, tagged_function())
