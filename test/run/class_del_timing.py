# RUN: %difftest %s
# __del__ runs as soon as the last reference goes (reference counting), so its output
# order is deterministic: on del, on rebinding, when a function returns, when a container
# is cleared, when a temporary in an expression is dropped, after an except block clears
# the exception (whose traceback held the frame), in a loop, and a weakref callback.
import weakref

class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = R("a")
print("before del a")
del a
print("after del a")
b = R("b1")
b = R("b2")
print("rebound b")

def scope():
    local = R("local")
    print("in scope")
scope()
print("after scope")

lst = [R("l1"), R("l2")]
lst.clear()
print("after clear")
print(len(R("temp").name), "after temporary")

def raiser():
    victim = R("in failing frame")
    raise ValueError("x")
try:
    raiser()
except ValueError:
    print("in handler")
print("after handler")

for i in range(3):
    item = R("loop%d" % i)
print("after loop")
del item

def cb(ref):
    print("weakref callback")
w = R("weak")
r = weakref.ref(w, cb)
del w
print("dead ref:", r())

class Holder:
    def __init__(self):
        self.child = R("child")
    def __del__(self):
        print("del holder")
h = Holder()
del h
print("after holder")
d = {"k": R("dict value")}
d["k"] = None
print("after dict overwrite")
x = R("end of module")
