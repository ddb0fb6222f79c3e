# RUN: %difftest %s
# Tracebacks for errors raised while defining things: a decorator that raises (the
# decorator line), a default argument expression, a class body statement, __init__ called
# through the class, __init_subclass__, a metaclass, and __set_name__ (uncaught at the end).
import sys
import traceback


def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stdout)


def failing_decorator(func):
    raise RuntimeError(f"cannot decorate {func.__name__}")


def with_decorator():
    @failing_decorator
    def target():
        pass


def with_default():
    def f(x=1 / 0):
        return x


def with_class_body():
    class Broken:
        value = int("nope")


class Base:
    def __init_subclass__(cls, **kwargs):
        raise TypeError(f"{cls.__name__} may not subclass Base")


def with_init_subclass():
    class Child(Base):
        pass


class Point:
    def __init__(self, x):
        self.x = x + 1


def with_init():
    return Point("a")


class Meta(type):
    def __new__(mcls, name, bases, ns):
        raise ValueError(f"Meta refuses {name}")


def with_metaclass():
    class Refused(metaclass=Meta):
        pass


for f in [with_decorator, with_default, with_class_body, with_init_subclass, with_init,
          with_metaclass]:
    show(f)


class Descriptor:
    def __set_name__(self, owner, name):
        raise AttributeError(f"bad name {name}")


class Owner:
    attr = Descriptor()
