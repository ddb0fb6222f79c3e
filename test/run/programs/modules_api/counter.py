try:
    runs += 1
except NameError:
    runs = 1


def bump():
    return runs * 10
