# RUN: %difftest %s
# Defaults are evaluated once at definition time (the shared mutable default), in order,
# __defaults__/__kwdefaults__ reading and rebinding, __annotations__ (evaluated at def
# time), __name__/__qualname__/__doc__/__module__ and function attributes in __dict__.
def trace(v):
    print("evaluating default", v)
    return v

def f(a, b=trace(1), *, c=trace(2), d=[]):
    d.append(a)
    return a, b, c, d
print("defined")
print(f(1))
print(f(2, 3, c=4))
print(f.__defaults__, f.__kwdefaults__)

f.__defaults__ = ("new-b",)
f.__kwdefaults__ = {"c": "new-c", "d": ["fresh"]}
print(f(9))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)

def nodefs(x, *, y):
    "doc of nodefs"
    pass
print(nodefs.__defaults__, nodefs.__kwdefaults__, nodefs.__doc__, nodefs.__name__, nodefs.__module__)

def annotated(x: int, y: "str" = "s", *rest: float, key: trace("ann") = 0, **kw: dict) -> list:
    pass
print(annotated.__annotations__)
def none_ann():
    pass
print(none_ann.__annotations__, none_ann.__doc__)

class C:
    def method(self):
        def inner():
            pass
        return inner
print(C.method.__qualname__, C().method().__qualname__, (lambda: 0).__name__)

nodefs.custom = 42
print(nodefs.custom, nodefs.__dict__)
nodefs.__name__ = "renamed"
nodefs.__qualname__ = "Q.renamed"
print(nodefs.__name__, nodefs.__qualname__, nodefs.__code__.co_name)
try:
    nodefs.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print("TypeError:", e)

def accumulate(x, acc={}):
    acc[x] = len(acc)
    return acc
accumulate("a"); accumulate("b")
print(accumulate("c"), accumulate.__defaults__[0] is accumulate("d"))
