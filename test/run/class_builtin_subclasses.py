# RUN: %difftest %s
# Subclasses of int, str, list, dict, tuple and Exception: overridden methods, results of
# inherited operations (which return the base type), extra attributes, __init__ of an
# Exception subclass and its args/str/repr.
class MyInt(int):
    def __add__(self, other):
        return MyInt(int(self) + int(other) + 1000)
    def double(self):
        return MyInt(self * 2)
a = MyInt(5)
print(a + 1, type(a + 1).__name__, type(a * 2).__name__, a.double(), type(-a).__name__)
print(a == 5, hash(a) == hash(5), isinstance(a, int), int(a), f"{a:04d}", bool(MyInt(0)))

class Shout(str):
    def upper(self):
        return "!" + super().upper() + "!"
s = Shout("hi")
print(s.upper(), s + "x", type(s + "x").__name__, type(s[0]).__name__, len(s), s * 2)

class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def __repr__(self):
        return "Stack" + super().__repr__()
st = Stack([1])
st.push(2).push(3)
print(st, len(st), st[1:], type(st[1:]).__name__, type(st + [4]).__name__, st.pop())

class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
ad = AttrDict(a=1)
ad["b"] = 2
ad.update(c=3)
print(ad.a, ad.b, ad, sorted(ad))
try:
    ad.zz
except AttributeError as e:
    print("AttributeError:", e)

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, p == (1, 2), type(p).__name__)

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "no page")
except AppError as e:
    print(type(e).__name__, e.args, e.code, str(e), repr(e))
class Plain(ValueError):
    pass
print(repr(Plain("x", 1)), str(Plain()), Plain.__mro__[1].__name__)
raise NotFound(500, "uncaught custom")
