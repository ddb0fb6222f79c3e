# RUN: %difftest %s
# inspect.signature of compiled functions, methods, lambdas, classes and partials:
# parameter kinds, defaults, annotations, bind()/bind_partial() and their TypeErrors.
import functools
import inspect

def f(a, b: int = 2, /, c="c", *args, d, e: str = "e", **kw) -> bool:
    pass

sig = inspect.signature(f)
print(sig)
for name, p in sig.parameters.items():
    print(name, p.kind.name, p.default is p.empty, p.annotation)
print(sig.return_annotation)

class K:
    def __init__(self, x, y=1):
        pass
    def m(self, z, *, w=0):
        pass
    @classmethod
    def c(cls, q):
        pass
    @staticmethod
    def s(r=5):
        pass
print(inspect.signature(K), inspect.signature(K.m), inspect.signature(K(1).m))
print(inspect.signature(K.c), inspect.signature(K.s), inspect.signature(lambda x, *y: 0))
p = functools.partial(f, 1, d=3)
print(inspect.signature(p))

b = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(b.arguments)
b.apply_defaults()
print(b.args, b.kwargs)
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError:", e)
try:
    sig.bind(1, 2, c=3, a=1, d=1)
except TypeError as e:
    print("TypeError:", e)
print(sig.bind_partial(1).arguments)
print(inspect.isroutine(f), inspect.ismethod(K(1).m), inspect.isclass(K), inspect.isbuiltin(len))
print(inspect.getfullargspec(f).args, inspect.getfullargspec(f).kwonlyargs)
print(inspect.getdoc(K.m), inspect.getmodule(f).__name__)

def wrapped_target(x, y):
    pass
@functools.wraps(wrapped_target)
def wrapper(*a, **k):
    pass
print(inspect.signature(wrapper), wrapper.__wrapped__ is wrapped_target)
print(str(sig.replace(parameters=list(sig.parameters.values())[:2])))
