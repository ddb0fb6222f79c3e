# RUN: %difftest %s
# Metaclass hooks __instancecheck__/__subclasscheck__, __dir__ on instances and classes,
# __init_subclass__ together with a metaclass, __class__ assignment between compatible
# classes, and __bool__/__len__ on a metaclass (truthiness of a class).
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
    def __len__(cls):
        return 3
    def __bool__(cls):
        return False
    def __iter__(cls):
        return iter(["x", "y"])
    def __getitem__(cls, k):
        return "Meta[%r]" % (k,)
class Duck(metaclass=DuckMeta):
    pass
class Mallard:
    def quack(self):
        return "quack"
print(isinstance(Mallard(), Duck), isinstance(1, Duck), issubclass(Mallard, Duck), issubclass(int, Duck))
print(len(Duck), bool(Duck), list(Duck), Duck["k"], "yes" if Duck else "no")

class Custom:
    def __dir__(self):
        return ["b", "a", "zz"]
print(dir(Custom()), "__init__" in dir(Custom), "__dir__" in dir(Custom))
class Attrs:
    cls_level = 1
    def __init__(self):
        self.inst_level = 2
print([n for n in dir(Attrs()) if not n.startswith("__")])

class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
obj = A()
obj.__class__ = B
print(obj.who(), type(obj).__name__, isinstance(obj, A))
try:
    obj.__class__ = int
except TypeError as e:
    print("TypeError:", e)
class SlotA:
    __slots__ = ("x",)
class SlotB:
    __slots__ = ("y",)
try:
    SlotA().__class__ = SlotB
except TypeError as e:
    print("TypeError:", e)

class Meta(type):
    def __new__(m, name, bases, ns):
        print("Meta.__new__", name)
        return super().__new__(m, name, bases, ns)
class Root(metaclass=Meta):
    def __init_subclass__(cls):
        print("Root.__init_subclass__", cls.__name__, type(cls).__name__)
class Leaf(Root):
    pass
print(type(Leaf).__name__, dir(Duck) == sorted(dir(Duck)))
