# RUN: %difftest %s
def describe(name, age, city="?"):
    return f"{name} ({age}) from {city}"


print(describe("Ann", 30))
print(describe(age=25, name="Bob"))
print(describe("Cy", city="Oslo", age=40))
print(describe(*["Di", 22], **{"city": "Rome"}))


def kwonly(a, *, b, c=3):
    return a + b * c


print(kwonly(1, b=2), kwonly(1, b=2, c=10), kwonly(a=0, c=1, b=1))


def posonly(a, b, /, c, d=4):
    return [a, b, c, d]


print(posonly(1, 2, 3), posonly(1, 2, c=3), posonly(1, 2, 3, d=5))


def mixed(a, b=2, *args, c, d=5, **kw):
    return (a, b, args, c, d, kw)


print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6))
print(mixed(a=1, c=2, z=26, y=25))
print(sorted([3, 1, 2], reverse=True), int("ff", base=16), round(number=2.567, ndigits=1))
print(dict(one=1, two=2), print("inner", end="|"))
