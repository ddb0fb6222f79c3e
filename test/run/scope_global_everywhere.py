# RUN: %difftest %s
# global statements in nested functions, in a class body, in a method, in a function
# nested inside a class, in a comprehension's enclosing function, creating new globals
# from inside functions, and global together with exec.
counter = 0
def a():
    def b():
        def c():
            global counter
            counter += 100
            return counter
        return c()
    return b()
print(a(), counter)

class K:
    global from_class
    from_class = "set in class body"
    counter = "class attribute"
    def m(self):
        global counter
        counter += 1
        return counter
    def n(self):
        def inner():
            global made_in_method
            made_in_method = [counter]
        inner()
print(from_class, K.counter, K().m(), counter)
K().n()
print(made_in_method)

def creator():
    global brand_new
    brand_new = [i for i in range(3)]
    return [brand_new for _ in range(2)]
print(creator(), brand_new)

def shadow_then_global():
    counter = "local"
    def g():
        global counter
        return counter
    return counter, g()
print(shadow_then_global())

def exec_global():
    exec("global via_exec\nvia_exec = 'from exec'")
    return via_exec
print(exec_global(), "via_exec" in globals())

def read_only():
    return counter * 2
print(read_only())

def unknown():
    global never_assigned
    return never_assigned
try:
    unknown()
except NameError as e:
    print("NameError:", e)
try:
    compile("def f():\n    x = 1\n    global x\n", "s", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
class Body:
    global x
    x = "module x"
    y = x
print(x, hasattr(Body, "x"), Body.y)
