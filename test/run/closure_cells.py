# RUN: %difftest %s
# Cells and free variables: nonlocal, closures sharing a cell, late binding, cell
# parameters, __closure__, co_cellvars/co_freevars, an unbound free variable.
def counter(start):
    count = start
    def inc(k=1):
        nonlocal count
        count += k
        return count
    def get():
        return count
    return inc, get

inc, get = counter(10)
inc()
inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
print(counter.__code__.co_cellvars, counter.__code__.co_varnames)

def late():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(late())

def nested(a):
    def mid(b):
        def inner(c):
            return a + b + c
        return inner
    return mid
print(nested(1)(2)(3), nested.__code__.co_cellvars)

def shadow():
    x = "outer"
    def g():
        x = "inner"
        return x
    return g(), x
print(shadow())

def unbound():
    def g():
        return v
    v = 1
    del v
    return g()
try_value = None
unbound()
