# RUN: %difftest %s
# An exception in __del__ is ignored ("Exception ignored in") and the program carries on;
# sys.unraisablehook sees it (the default hook would print an address, so a custom one
# prints the parts). A generator's finally that raises on collection goes the same way.
import gc
import sys


def hook(u):
    obj = getattr(u.object, "__qualname__", type(u.object).__name__)
    print("unraisable:", u.err_msg, "|", obj, "|", u.exc_type.__name__, u.exc_value,
          file=sys.stderr)


sys.unraisablehook = hook


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)
        raise RuntimeError(f"cannot release {self.name}")


r = Resource("one")
del r
print("after del one")


def scope():
    Resource("two")
    print("in scope")


scope()
print("after scope")
lst = [Resource("three")]
lst.clear()
gc.collect()


def gen():
    try:
        yield 1
    finally:
        raise ValueError("finally of collected generator")


g = gen()
next(g)
del g
print("after generator")
sys.unraisablehook = sys.__unraisablehook__
print("end")
