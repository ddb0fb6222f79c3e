# RUN: %difftest %s
# del combined with global/nonlocal declarations: del of a global from a function and a
# class body, del of a nonlocal from an inner function, del of a class attribute from
# within the class body after use, and re-creating deleted names.
g1 = "g1"
g2 = "g2"
def drop_global():
    global g1
    del g1
drop_global()
print("g1" in globals())
class Body:
    global g2
    seen = g2
    del g2
print(Body.seen, "g2" in globals(), hasattr(Body, "g2"))
class Local:
    tmp = 1
    copy = tmp
    del tmp
    try:
        tmp
    except NameError as e:
        err = str(e)
print(Local.copy, Local.err, hasattr(Local, "tmp"))
def outer():
    v = "v"
    def kill():
        nonlocal v
        del v
    def make():
        nonlocal v
        v = "remade"
    kill()
    try:
        print(v)
    except NameError as e:
        print(type(e).__name__, e)
    make()
    return v
print(outer())
def redefine():
    global g1
    g1 = "recreated"
redefine()
print(g1)
x = 1
def shadow_del():
    x = 2
    del x
    try:
        return x
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(shadow_del(), x)
class Meta:
    a = 1
    b = a + 1
    del a
    c = [b]
print(sorted(k for k in vars(Meta) if not k.startswith("_")))
def missing():
    global nowhere
    del nowhere
missing()
