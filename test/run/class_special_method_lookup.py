# RUN: %difftest %s
# Implicit special-method lookup goes to the type, not the instance: instance attributes
# named __len__/__call__/__repr__/__iter__/__enter__ are ignored by len(), calls, repr(),
# for loops and with, but explicit obj.__len__() sees them; methods assigned to the class
# after creation take effect at once; __getattr__ is not consulted for dunders.
class Box:
    def __len__(self):
        return 1
    def __repr__(self):
        return "Box()"

b = Box()
b.__len__ = lambda: 99
b.__repr__ = lambda: "instance repr"
b.__call__ = lambda: "instance call"
print(len(b), repr(b), b.__len__(), b.__repr__())
try:
    b()
except TypeError as e:
    print("TypeError:", e)

Box.__call__ = lambda self: "class call"
Box.__iter__ = lambda self: iter("ab")
print(b(), list(b), [c for c in b])
del Box.__len__
try:
    len(b)
except TypeError as e:
    print("TypeError:", e)

class Dyn:
    def __getattr__(self, name):
        print("__getattr__", name)
        return lambda *a: 7
d = Dyn()
print(d.anything())
for op in (lambda: len(d), lambda: d + 1, lambda: iter(d), lambda: d[0]):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)
print(d.__len__())

class Ctx:
    pass
c = Ctx()
c.__enter__ = lambda: "x"
c.__exit__ = lambda *a: None
try:
    with c:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

class Meta(type):
    def __repr__(cls):
        return "<class via Meta %s>" % cls.__name__
    def __len__(cls):
        return 5
class WithMeta(metaclass=Meta):
    def __len__(self):
        return 2
print(repr(WithMeta), len(WithMeta), len(WithMeta()), WithMeta.__len__(WithMeta()))
class Hashy:
    pass
h = Hashy()
h.__hash__ = lambda: 1
print(hash(h) == hash(h), h.__hash__())
Hashy.__eq__ = lambda self, o: True
print(hash(h) == object.__hash__(h), Hashy() == 1)
