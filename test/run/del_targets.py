# RUN: %difftest %s
# del of every target kind: names (global and local), attributes, subscripts, slices
# (with steps), tuples and lists of targets, nested targets, and the errors: deleting an
# unbound local, a missing attribute, a missing key, a global that does not exist.
class Obj:
    pass
o = Obj()
o.a, o.b = 1, 2
del o.a
print(vars(o))
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {"k": 1, "j": 2, (1, 2): 3}
del d["k"], d[1, 2]
print(d)
x, y, z = 1, 2, 3
del x, (y, [z])
print([n in globals() for n in "xyz"])
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)

def local_del():
    v = 5
    del v
    try:
        print(v)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    try:
        del v
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    v = 6
    return v
print(local_del())

try:
    del o.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del lst[5]
except IndexError as e:
    print("IndexError:", e)
try:
    del (1, 2)[0]
except TypeError as e:
    print("TypeError:", e)
try:
    del "abc"[::2]
except TypeError as e:
    print("TypeError:", e)

def del_global():
    global gv
    gv = 1
    del gv
    del gv
try:
    del_global()
except NameError as e:
    print("NameError:", e)
for i in range(2):
    pass
del i
del undefined_name
