# RUN: %difftest %s
total = 10


def add_to_total(x):
    total = total + x
    return total


print(add_to_total(5))
