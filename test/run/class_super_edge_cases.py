# RUN: %difftest %s
# super() edge cases: __class__ cell seen inside methods, super() after rebinding self,
# super() in a nested function (fails), super() in a generator method and a lambda in a
# method, super with a class method through an instance, cooperative __init__ with
# **kwargs, and attribute lookup through super skipping instance attributes.
class A:
    def __init__(self, **kw):
        print("A.__init__", sorted(kw))
        self.a = 1
    def items(self):
        yield "A1"
        yield "A2"
    def name(self):
        return "A"
    attr = "A.attr"

class B(A):
    def __init__(self, b=None, **kw):
        print("B.__init__", b)
        super().__init__(**kw)
    def items(self):
        yield "B"
        yield from super().items()
    def name(self):
        f = lambda: super(B, self).name()
        return "B>" + f()
    def klass(self):
        return __class__.__name__
    def rebound(self):
        self = "not an instance"
        try:
            return super().name()
        except TypeError as e:
            return "TypeError: " + str(e)
    def nested(self):
        def inner():
            return super().name()
        try:
            return inner()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)

class C(A):
    def __init__(self, c=None, **kw):
        print("C.__init__", c)
        super().__init__(**kw)
    def name(self):
        return "C>" + super().name()

class D(B, C):
    attr = "D.attr"
    def __init__(self, **kw):
        print("D.__init__")
        super().__init__(**kw)
    def get_attr(self):
        self.attr = "instance"
        return self.attr, super().attr
    def name(self):
        return "D>" + super().name()

d = D(b=1, c=2, extra=3)
print(list(d.items()), d.name(), d.klass(), type(d).__mro__[1].__name__)
print(d.rebound())
print(d.nested())
print(d.get_attr())
print(super(D, d).name(), super(C, d).name(), super(B, D).name(d))
sup = super(B, d)
print(sup.__thisclass__.__name__, sup.__self__ is d, sup.__self_class__.__name__)
try:
    super(D, d).missing
except AttributeError as e:
    print("AttributeError:", e)
