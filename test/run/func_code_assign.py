# RUN: %difftest %s
# Assigning __code__ between compiled functions: the function runs the other body with its
# own closure, defaults and name; CPython's free-variable count check; a generator body.
num_one, num_two = 7, 8
def outer():
    a1, a2 = 7, 8
    def a(): pass
    def b(): return 12
    def c(): return a1
    def d(): return a2
    def e(): return a1, a2
    d.__code__ = c.__code__
    print(c.__code__ == d.__code__, c(), d(), d.__name__)
    for f, g in ((b, c), (e, d)):
        try:
            f.__code__ = g.__code__
        except ValueError as ex:
            print("ValueError", ex)
    b.__code__ = a.__code__
    print(b(), b.__name__)
outer()
def p(x, y=2): return x + y
def q(*args, k=1): return args, k
q.__code__ = p.__code__
q.__defaults__ = (5,)
print(q(1), q(1, 1))
try:
    q(1, k=2)
except TypeError as e:
    print(e)
def gen(): yield 1
p.__code__ = gen.__code__
print(list(p()), p.__name__)
