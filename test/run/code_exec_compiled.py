# RUN: %difftest %s
# The interpreter can run the code object of a compiled function (exec with globals and a
# closure, a FunctionType made from it): its trailer calls the compiled body with the
# frame's arguments, globals and closure cells.
import types


def f():
    """doc"""
    print("body of f")
    return 42


def g(x, *rest, k=1, **kw):
    return (x + 1, rest, k, kw)


def make():
    a, b = 2, 3
    result = 0

    def inner():
        nonlocal result
        result = a * b
    return inner, lambda: result


inner, get = make()
print(f.__code__.co_consts[0], g.__code__.co_consts[0])
exec(f.__code__)
print(types.FunctionType(f.__code__, {})())
h = types.FunctionType(g.__code__, globals(), "h", (5,))
print(h(1, 2, 3, k=4, z=5), h.__name__)
try:
    h()
except TypeError as e:
    print(e)
exec(inner.__code__, {}, closure=inner.__closure__)
print(get())
import types as t
print(inner.__code__.co_freevars)
cells = tuple(t.CellType(v) for v in (7, 6, 0))
exec(inner.__code__, {}, closure=cells)
print(cells[2].cell_contents)
