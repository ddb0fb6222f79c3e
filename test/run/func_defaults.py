# RUN: %difftest %s
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", "Yo", "?"), greet("Di", punct="."))


def power(base, exp=2):
    return base ** exp


print(power(3), power(3, 3), power(exp=4, base=2), power(2, exp=10))

counter = 10


def default_evaluated_once(x=counter):
    return x


counter = 20
print(default_evaluated_once(), counter)


def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1), append_to(2), append_to(3, []), append_to(4))


def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(safe_append(1), safe_append(2))


def many(a, b=2, c=3, d=4):
    return (a, b, c, d)


print(many(1), many(1, 5), many(1, d=9), many(1, 2, 3, 4), many(a=0, c=0))
print(greet.__defaults__, power.__name__, many.__defaults__)
