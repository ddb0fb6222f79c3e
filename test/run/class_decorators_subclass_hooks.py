# RUN: %difftest %s
# Class decorators (applied bottom-up, may replace the class), __init_subclass__ with
# keyword arguments and as an implicit classmethod, __class_getitem__ (implicit
# classmethod) and the TypeError for subscripting a plain class.
registry = {}

def register(name):
    def deco(cls):
        print("register", name, cls.__name__)
        registry[name] = cls
        return cls
    return deco

def add_repr(cls):
    print("add_repr", cls.__name__)
    cls.__repr__ = lambda self: f"<{type(self).__name__} {vars(self)}>"
    return cls

@register("pt")
@add_repr
class Point:
    def __init__(self, x):
        self.x = x
print(Point(1), registry["pt"] is Point)

def replace(cls):
    return "replaced " + cls.__name__
@replace
class Gone:
    pass
print(Gone)

class Plugin:
    plugins = []
    def __init_subclass__(cls, /, kind=None, **kwargs):
        print("init_subclass", cls.__name__, kind, kwargs, type(cls).__name__)
        super().__init_subclass__(**kwargs)
        cls.kind = kind
        Plugin.plugins.append(cls.__name__)
class Alpha(Plugin, kind="a"):
    pass
class Beta(Alpha):
    pass
print(Plugin.plugins, Alpha.kind, Beta.kind)
try:
    class Gamma(Plugin, kind="g", extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"
print(Box[int], Box["x"], Box[1, 2])
class SubBox(Box):
    pass
print(SubBox[str])
try:
    Point[int]
except TypeError as e:
    print("TypeError:", e)
print(list[int], dict[str, list[int]], type(list[int]).__name__)
