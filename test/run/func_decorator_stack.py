# RUN: %difftest %s
# Decorators: evaluation order of decorator expressions (top to bottom) vs application
# (bottom up), decorators with arguments, class-based decorators on functions and on
# methods (needing __get__), decorators that return non-callables, and stacking with
# staticmethod/classmethod/property.
import functools

def log(tag):
    print("evaluating log", tag)
    def deco(fn):
        print("applying log", tag, "to", fn.__name__)
        @functools.wraps(fn)
        def wrapper(*a, **k):
            print("call", tag)
            return fn(*a, **k)
        return wrapper
    return deco

@log("outer")
@log("inner")
def work(x):
    return x * 2
print(work(5), work.__name__)

class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.fn(*a, **k)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)

@CountCalls
def hello(name):
    return "hello " + name
print(hello("a"), hello("b"), hello.calls, hello.__name__, type(hello).__name__)

class Svc:
    @CountCalls
    def method(self, v):
        return ("method", v)
    @staticmethod
    @log("static")
    def st(v):
        return v + 1
    @classmethod
    @log("cls")
    def cm(cls, v):
        return cls.__name__, v
    @property
    @log("prop")
    def prop(self):
        return "prop value"
s = Svc()
print(s.method(1), s.method(2), Svc.method.calls)
print(Svc.st(1), Svc.cm(2), s.prop)

def to_value(fn):
    return fn()
@to_value
def computed():
    return 42
print(computed)

deco_list = [log("from list")]
@deco_list[0]
def listed():
    return "listed"
print(listed())
@(lambda fn: (lambda: fn() + "!"))
def exclaim():
    return "hey"
print(exclaim())
@to_value
def raises():
    raise RuntimeError("decorator ran the function at definition")
