# RUN: %difftest %s
# Failures while a class is created: __prepare__ returning a non-mapping, an exception in
# the class body (the class name stays unbound), a metaclass __new__ that raises, a
# __set_name__ that raises (3.11 wraps it in a RuntimeError whose cause is the original),
# __init_subclass__ raising, bases that are not classes, and an uncaught one at the end.
class BadPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 42
try:
    class A(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Broken:
        x = 1
        y = 1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, "Broken" in globals())

class Refuse(type):
    def __new__(mcs, name, bases, ns):
        if "forbidden" in ns:
            raise ValueError("class %s defines forbidden" % name)
        return super().__new__(mcs, name, bases, ns)
class Ok(metaclass=Refuse):
    pass
try:
    class Bad(Ok):
        forbidden = True
except ValueError as e:
    print("ValueError:", e)

class Desc:
    def __set_name__(self, owner, name):
        raise LookupError("set_name failed for " + name)
try:
    class HasDesc:
        attr = Desc()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__))

class Strict:
    def __init_subclass__(cls, **kw):
        if not cls.__name__.startswith("S"):
            raise TypeError("subclass names must start with S: " + cls.__name__)
class Sgood(Strict):
    pass
try:
    class Bad2(Strict):
        pass
except TypeError as e:
    print("TypeError:", e)

for base in (1, "str", None):
    try:
        class X(base):
            pass
    except TypeError as e:
        print("TypeError:", e)
try:
    class Y(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
class Z(2.5):
    pass
