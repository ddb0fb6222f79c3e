# RUN: %difftest %s
def square(x):
    return x * x


def is_even(x):
    return x % 2 == 0


def add(a, b):
    return a + b


print(list(map(square, range(6))), list(map(str, [1, 2.5, None])), list(map(int, "123")))
print(list(map(add, [1, 2, 3], [10, 20, 30])), list(map(add, "ab", "cd")), list(map(pow, [2, 3], [10, 2])))
print(list(map(str.upper, ["a", "b"])), list(map(len, ["", "ab", "abc"])), list(map(abs, [-1, 2, -3])))
print(list(filter(is_even, range(10))), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(str.isdigit, "a1b2c3")), "".join(filter(str.isalpha, "h3e2l1l0o")))
print(sum(map(square, range(10))), max(map(len, ["a", "abc", "ab"])), sorted(map(abs, [-3, 1, -2])))
m = map(square, [1, 2, 3])
print(next(m), list(m), list(m))
print(list(map(square, filter(is_even, range(10)))), tuple(map(float, ["1", "2.5"])))
print(set(map(is_even, range(5))) == {True, False}, dict(map(divmod, [7, 8], [2, 3])) if False else list(map(divmod, [7, 8], [2, 3])))
