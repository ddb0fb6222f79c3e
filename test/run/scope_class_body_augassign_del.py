# RUN: %difftest %s
# Class-body name semantics for augmented assignment and del: x += 1 reads the global and
# binds a class attribute (a list's += mutates the global's object), += on an enclosing
# function's variable is a NameError (the class body looks in globals), del twice, del of
# a name that is only global, and a comprehension seeing the global, not the class attr.
x = 1
items = [1]
class C:
    x += 1
    items += [2]
    print("class x", x, "global x", globals()["x"], items is globals()["items"])
print(C.x, x, items, C.items is items)
def outer():
    v = 10
    class D:
        try:
            v += 1
        except NameError as e:
            err = str(e)
    return D.err
print(outer())
def outer2():
    v = 10
    class D:
        w = v + 1
        nonlocal_v = v
    return D.w
print(outer2())
class E:
    del_me = 1
    del del_me
    try:
        del del_me
    except NameError as e:
        msg = str(e)
print(E.msg)
class F:
    try:
        del x
    except NameError as e:
        msg = "del of a global name in a class body: " + str(e)
print(F.msg, x)
y = "global y"
class G:
    y = y.upper()
    z = [y for _ in range(1)]
print(G.y, G.z, y)
