# RUN: %difftest %s
# Descriptors: data vs non-data precedence over the instance dict, __set_name__ receiving
# the owner and attribute name, __get__ with instance None (class access), __delete__,
# and a validating descriptor raising.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.slot = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, "<unset>")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.slot, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.slot)

class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata from " + ("class" if obj is None else "instance")

class Person:
    name = Typed(str)
    age = Typed(int)
    info = NonData()
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("ann", 30)
print(p.name, p.age, Person.name.slot, type(Person.age).__name__)
print(p.info, Person.info)
p.__dict__["info"] = "instance wins over non-data"
p.__dict__["name"] = "instance loses to data"
print(p.info, p.name)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(p.age)
try:
    del p.age
except AttributeError as e:
    print("AttributeError:", e)

class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self.f
        return lambda *a: self.f(obj, *a)
class K:
    @Method
    def hello(self, x):
        return "hello %s %s" % (type(self).__name__, x)
print(K().hello(1), K.hello(K(), 2))

class Late:
    pass
d = Typed(int)
Late.attr = d
try:
    Late().attr = 5
except AttributeError as e:
    print("AttributeError:", type(e).__name__)
d.__set_name__(Late, "attr")
l = Late()
l.attr = 5
print(l.attr, vars(l))
