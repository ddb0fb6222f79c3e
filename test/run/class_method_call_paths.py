# RUN: %difftest %s
# Every path a method call obj.name(args) can take: a plain function on the class, an
# instance attribute shadowing it, a data descriptor (property returning a callable),
# a staticmethod/classmethod, a callable object stored on the class (no binding), a builtin
# stored on the class (no binding), a method replaced on the class after the first call,
# __getattr__ supplying it, and calls on super() and on the class with an explicit self.
class Callable:
    def __call__(self, *a):
        return ("Callable", len(a))
class K:
    def m(self, x=0):
        return ("K.m", x)
    @property
    def p(self):
        return lambda y: ("property callable", y)
    @staticmethod
    def s(*a):
        return ("static", a)
    @classmethod
    def c(cls, *a):
        return ("class", cls.__name__, a)
    obj = Callable()
    builtin = len
    def __getattr__(self, name):
        return lambda *a: ("__getattr__", name, a)

k = K()
print(k.m(1), k.p(2), k.s(3), k.c(4), k.obj(5), k.builtin("abc"), k.missing(6))
k.m = lambda *a: ("instance attr", a)
print(k.m(7), K.m(k, 8), type(k).m(k))
del k.m
print(k.m(9))
def replacement(self, x=0):
    return ("replaced", x)
results = []
for i in range(3):
    if i == 1:
        K.m = replacement
    results.append(k.m(i))
print(results)
del K.m
print(k.m(10))

class Sub(K):
    def s(self, *a):
        return ("Sub.s bound", a, super().s(*a))
    def c(self):
        return super().c("via super")
print(Sub().s(1), Sub().c(), Sub.c.__qualname__)

class Slotted:
    __slots__ = ("f",)
    def g(self):
        return "Slotted.g"
sl = Slotted()
sl.f = lambda: "slot value called"
print(sl.f(), sl.g())
try:
    sl.g = lambda: 0
except AttributeError as e:
    print("AttributeError:", e)
m = k.s
print(m(), K.__dict__["s"].__func__(), K.__dict__["c"].__func__(K))
try:
    K.__dict__["p"]()
except TypeError as e:
    print("TypeError:", e)
print(k.p.__name__, (lambda: k)().c())
