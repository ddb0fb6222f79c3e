# RUN: %difftest %s
# functools.singledispatch with register by annotation, by explicit type, on a base class
# (MRO lookup), on an ABC, dispatch() and registry, and singledispatchmethod.
import functools
from collections.abc import Sequence

@functools.singledispatch
def show(obj):
    return "object:" + type(obj).__name__

@show.register
def _(obj: int):
    return "int:%d" % obj

@show.register(str)
def _(obj):
    return "str:" + obj

@show.register
def _(obj: Sequence):
    return "seq of %d" % len(obj)

class Animal: pass
class Dog(Animal): pass
@show.register(Animal)
def _(obj):
    return "animal:" + type(obj).__name__

print(show(3), show(True), show("x"), show([1, 2]), show((1,)), show(2.5), show(Dog()), show(None))
print(show.dispatch(bool).__name__, show.dispatch(float) is show.registry[object])
print(sorted(k.__name__ for k in show.registry))

class Formatter:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return "generic"
    @fmt.register
    def _(self, arg: int):
        return "int %d" % arg
    @fmt.register
    def _(self, arg: list):
        return "list " + ",".join(self.fmt(x) for x in arg)
f = Formatter()
print(f.fmt(1), f.fmt("s"), f.fmt([1, "a", 2]))

try:
    show()
except TypeError as e:
    print("TypeError:", e)
try:
    @show.register
    def _(obj):
        return "no annotation"
except TypeError as e:
    print("TypeError:", str(e).split(":")[0])
