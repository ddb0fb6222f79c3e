# RUN: %difftest %s
# Positional-only and keyword-only parameters and every TypeError they produce: passing a
# positional-only name by keyword, missing keyword-only arguments, too many positionals,
# duplicate values, unexpected keywords, and positional-only names reused in **kwargs.
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)

print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=0, e=5, f=7))
cases = [
    lambda: f(a=1, b=2, c=3, e=5),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, 4, 5, e=1),
    lambda: f(1, 2, 3, c=3, e=5),
    lambda: f(1, 2, 3, e=5, g=1),
    lambda: f(1),
    lambda: f(1, 2, 3, e=1, **{"e": 2}),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print("TypeError:", e)

def pos_and_kw(a, /, **kw):
    return a, kw
print(pos_and_kw(1, a=2))

def kwonly(*, x, y, z=0):
    return x + y + z
try:
    kwonly(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(x=1)
except TypeError as e:
    print("TypeError:", e)
print(kwonly(y=2, x=1), kwonly(**{"x": 1, "y": 1, "z": 1}))

def star(*args, sep="-"):
    return sep.join(map(str, args))
print(star(1, 2, 3), star(sep="+"), star(*"ab", sep=""))

def noargs():
    pass
for call in (lambda: noargs(1), lambda: noargs(x=1), lambda: noargs(*[1, 2])):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def only_pos(x, y, /):
    return x - y
print(only_pos(5, 3), only_pos(*(10, 1)))
try:
    only_pos(1, y=2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, e=1, **{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
f(1, 2, 3, 4, 5)
