# RUN: %difftest %s
def nothing():
    pass


def early(x):
    if x < 0:
        return "negative"
    elif x == 0:
        return
    return "positive"


def multiple():
    return 1, "two", [3]


def divmod_like(a, b):
    return a // b, a % b


print(nothing(), early(-1), early(0), early(1), multiple())
q, r = divmod_like(17, 5)
print(q, r)
a, (b, c) = 1, divmod_like(9, 4)
print(a, b, c)
x, *ys = multiple()
print(x, ys)


def returns_function():
    return len


print(returns_function()("abcd"))


def loop_return(items, target):
    for i, v in enumerate(items):
        if v == target:
            return i
    return -1


print(loop_return([5, 6, 7], 7), loop_return([], 1), loop_return("abc", "b"))


def while_return(n):
    while True:
        n += 1
        if n % 7 == 0:
            return n


print(while_return(50), type(nothing()).__name__, nothing() is None)
