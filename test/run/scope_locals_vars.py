# RUN: %difftest %s
# locals() and vars() in every kind of scope: module (same as globals), a function
# (a snapshot including free variables), a class body (the namespace being built), a
# comprehension (its own scope in 3.11), a generator, a method; vars(obj), vars(class),
# and vars() with an object lacking __dict__.
mod_a = 1
print(locals() is globals(), vars() is globals(), "mod_a" in locals())

def func(p, q=2):
    r = p + q
    snap = locals()
    r = 100
    return sorted(snap), snap["r"]
print(func(1))

def with_free():
    free = "f"
    def inner():
        local = free
        return sorted(locals())
    return inner()
print(with_free())

class Body:
    alpha = 1
    beta = alpha + 1
    seen = sorted(k for k in locals() if not k.startswith("__"))
    qual = locals()["__qualname__"]
    mod = locals()["__module__"]
print(Body.seen, Body.qual, Body.mod)

def comp_scope():
    outer = 5
    inner_names = [sorted(locals()) for item in range(1)]
    with_free = [sorted(locals()) for item in range(1) if outer]
    return inner_names, with_free
print(comp_scope())
print([sorted(k for k in locals() if not k.startswith("__")) for z in range(1)])

def gen():
    g1 = 1
    yield sorted(locals())
    g2 = 2
    yield sorted(locals())
print(list(gen()))

class Obj:
    cls_attr = 0
    def __init__(self):
        self.x = 1
    def method(self):
        y = 2
        return sorted(locals())
o = Obj()
print(vars(o), o.method(), "cls_attr" in vars(Obj), type(vars(Obj)).__name__)
vars(o)["z"] = 3
print(o.z)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
try:
    vars(o, o)
except TypeError as e:
    print("TypeError:", e)

def mutate_locals():
    v = 1
    locals()["v"] = 2
    return v
print(mutate_locals())
lam = lambda a, b=3: sorted(locals().items())
print(lam(1))
