# RUN: %difftest %s
def key_func(x):
    return 10 // x


print(sorted([1, 2, 5], key=key_func))
print(sorted([3, 0, 1], key=key_func))
