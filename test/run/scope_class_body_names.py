# RUN: %difftest %s
# Name resolution in class bodies: a class body reads a global before binding the same
# name locally (no UnboundLocalError, unlike a function), methods skip the class scope,
# nested classes do not see the outer class's names, a class body inside a function sees
# the function's locals (including ones rebound later), and __qualname__/__module__ names.
x = "global x"
class A:
    y = x
    x = "class x"
    z = x
    def method(self):
        return x
print(A.y, A.z, A().method())

def func():
    try:
        print(x)
        x = "local"
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
func()

def outer():
    v = "outer v"
    class Inner:
        # v is bound in this class body, so reading it before the binding looks in the
        # globals (LOAD_NAME), not in the enclosing function.
        try:
            seen = v
        except NameError as e:
            seen = "NameError: " + str(e)
        v = "class v"
        after = v
        def get(self):
            return v
    v = "rebound outer v"
    return Inner
I = outer()
print(I.seen, I.after, I().get())

def outer2():
    w = "function w"
    class K:
        print("class body sees", w)
        def m(self):
            return w
    return K
print(outer2()().m())

class Outer:
    name = "Outer.name"
    class Nested:
        try:
            got = name
        except NameError as e:
            got = "NameError: " + str(e)
print(Outer.Nested.got)

class Shadow:
    len = lambda self: "attr len"
    size = len("four")
print(Shadow.size, Shadow().len())

class Counter:
    n = 0
    for _ in range(3):
        n += 1
print(Counter.n)

class Compr:
    vals = [1, 2]
    try:
        doubled = [v * 2 for v in vals if v in vals]
    except NameError as e:
        doubled = "NameError: " + str(e)
print(Compr.doubled)
print(A.__qualname__, I.__qualname__, Outer.Nested.__qualname__, A.__module__)
class Uncaught:
    n = 2
    items = [n * k for k in range(2)]
