import math as _math


def public():
    return "public " + str(_math.floor(2.5))


_private = 1
