# RUN: %difftest %s
def needs_two(a, b):
    return a * b


def caller():
    return needs_two(1, 2) + needs_two(3)


print(needs_two(4, 5))
print(caller())
