# RUN: %difftest %s
# The complete order of class creation: decorator expressions, bases, keywords,
# __prepare__, the body, the metaclass __new__, __set_name__ for each descriptor and
# __init_subclass__ (inside type.__new__), the metaclass __init__, then the decorators
# bottom-up.
log = []
def note(msg):
    print(msg)
    return msg
class Desc:
    def __init__(self, tag):
        note("Desc(%s) created in body" % tag)
        self.tag = tag
    def __set_name__(self, owner, name):
        note("__set_name__ %s on %s (owner complete: %s)" % (name, owner.__name__, hasattr(owner, "after")))
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        note("__prepare__ %s kw=%s" % (name, sorted(kw)))
        return {}
    def __new__(mcs, name, bases, ns, **kw):
        note("Meta.__new__ %s" % name)
        cls = super().__new__(mcs, name, bases, ns, **kw)
        note("type.__new__ returned %s" % name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        note("Meta.__init__ %s" % name)
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        note("__init_subclass__ %s kw=%s" % (cls.__name__, kw))
def deco(tag):
    note("decorator expression %s" % tag)
    def apply(cls):
        note("decorator %s applied to %s" % (tag, cls.__name__))
        return cls
    return apply
def base_expr():
    note("bases evaluated")
    return Base
def kw_expr():
    note("keywords evaluated")
    return 1
@deco("outer")
@deco("inner")
class Child(base_expr(), flag=kw_expr()):
    note("body start")
    first = Desc("first")
    second = Desc("second")
    after = note("body end")
print(type(Child).__name__, Child.after)
