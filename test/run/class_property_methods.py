# RUN: %difftest %s
# property with getter/setter/deleter (decorator and property() call forms), a read-only
# property's AttributeError, docstrings, properties overridden in subclasses,
# classmethod/staticmethod called through class and instance, and class attributes shadowed
# by instance attributes.
class Temp:
    scale = "C"
    instances = 0
    def __init__(self, c):
        self._c = c
        Temp.instances += 1
    @property
    def celsius(self):
        "the temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    def _get_f(self):
        return self._c * 9 / 5 + 32
    fahrenheit = property(_get_f, doc="read-only F")
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(v):
        return v >= -273.15

t = Temp(100)
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, Temp.fahrenheit.__doc__)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
print(Temp.from_f(212).celsius, t.from_f(32).celsius, Temp.valid(-1), t.valid(-500))
print(Temp.instances, t.instances, t.scale)
t.scale = "K"
print(t.scale, Temp.scale, Temp.__dict__["valid"].__class__.__name__, type(Temp.__dict__["from_f"]).__name__)

class Kelvin(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return self._c + 273
k = Kelvin(1)
k.celsius = 2
print(k.celsius, Kelvin.from_f(32).__class__.__name__)
p = property()
class Empty:
    x = p
try:
    Empty().x
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(Temp.celsius, property), Temp.celsius.fset is not None, Temp.fahrenheit.fset)
