# RUN: %difftest %s
# Class attributes: shared mutable class attributes, instance shadowing and deleting back
# to the class value, class attribute lookup through the MRO, modification via type(self),
# dunder attributes (__dict__, __name__, __module__, __doc__, __bases__), setting
# attributes on classes at runtime, and private name mangling.
class Base:
    shared = []
    count = 0
    tag = "base"
    def add(self, x):
        self.shared.append(x)
        type(self).count += 1

class Sub(Base):
    tag = "sub"

b1, b2, s = Base(), Base(), Sub()
b1.add(1); b2.add(2); s.add(3)
print(Base.shared, Base.count, Sub.count, s.shared is Base.shared)
b1.tag = "instance"
print(b1.tag, b2.tag, s.tag)
del b1.tag
print(b1.tag)
try:
    del b1.tag
except AttributeError as e:
    print("AttributeError:", e)
Base.tag = "changed"
print(b2.tag, s.tag, Sub.__dict__["tag"], "tag" in Sub.__dict__, "add" in Sub.__dict__)
Base.new_method = lambda self: "dynamic " + type(self).__name__
print(s.new_method(), hasattr(b1, "new_method"))
del Base.new_method
print(hasattr(s, "new_method"))

class Private:
    __secret = "hidden"
    def __init__(self):
        self.__value = 42
    def reveal(self):
        return self.__secret, self.__value
    def __dunder__(self):
        return "not mangled"
p = Private()
print(p.reveal(), p._Private__value, Private._Private__secret, p.__dunder__())
try:
    p.__value
except AttributeError as e:
    print("AttributeError:", e)
class SubPrivate(Private):
    def peek(self):
        try:
            return self.__value
        except AttributeError as e:
            return "AttributeError: " + str(e)
print(SubPrivate().peek())

class Documented:
    """The docstring."""
print(Documented.__doc__, Documented.__name__, Documented.__module__, Documented.__bases__)
print(sorted(k for k in Documented.__dict__), Sub.__doc__)
try:
    Documented.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
Documented.__name__ = "Renamed"
print(Documented.__name__, Documented.__qualname__)
try:
    object.x = 1
except TypeError as e:
    print("TypeError:", e)
