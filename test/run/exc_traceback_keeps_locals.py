# RUN: %difftest %s
# Object lifetimes around exceptions: the raising frame's locals live as long as the
# traceback (freed when the handler ends, or when a saved exception is deleted), plain
# locals die on return, a suspended generator's locals die with it.
import sys
class Res:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
def f():
    r = Res("local of raising frame")
    raise ValueError("v")
try:
    f()
except ValueError:
    print("in handler")
print("after handler")
def g():
    r = Res("local kept by saved exception")
    raise KeyError("k")
try:
    g()
except KeyError as e:
    saved = e
print("handler done, exception saved")
del saved
print("saved deleted")
def h():
    r = Res("plain local")
    return 1
h()
print("after h")
def gen():
    r = Res("generator local")
    yield 1
it = gen()
next(it)
print("suspended")
del it
print("generator deleted")
x = Res("module global")
x = None
print("end")
