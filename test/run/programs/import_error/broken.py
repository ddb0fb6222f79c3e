print("broken starts")


def divide(a, b):
    return a / b


RESULT = divide(1, 0)
