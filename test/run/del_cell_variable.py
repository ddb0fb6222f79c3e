# RUN: %difftest %s
# del of a cell variable: the closure then sees an empty cell (NameError naming a free
# variable), the owning scope gets UnboundLocalError, and rebinding refills the cell for
# every closure. The last use is uncaught.
def owner():
    x = "value"
    def reader():
        return x
    print(reader())
    del x
    try:
        reader()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    try:
        x
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "rebound"
    print(reader())
    return reader
r = owner()
print(r(), r.__closure__[0].cell_contents)

def deleter_in_inner():
    y = 1
    def kill():
        nonlocal y
        del y
    def read():
        return y
    kill()
    try:
        read()
    except NameError as e:
        print("NameError:", e)
    try:
        kill()
    except NameError as e:
        print("NameError:", e)
    return read
rd = deleter_in_inner()
try:
    rd.__closure__[0].cell_contents
except ValueError as e:
    print("ValueError:", e)

def gen_del():
    z = 0
    f = lambda: z
    yield f()
    del z
    yield f()
g = gen_del()
print(next(g))
next(g)
