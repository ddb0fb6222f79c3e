# RUN: %difftest %s
import math


def compute():
    return math.sqroot(2)


print(compute())
