# RUN: %difftest %s
def mod_it(x):
    return x % 0


def floor_it(x):
    return (x + 1) // (x - x)


print(divmod(7, 2))
value = 10
result = floor_it(value) if value > 100 else mod_it(value) + 1
