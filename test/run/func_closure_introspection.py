# RUN: %difftest %s
# Closure internals visible to programs: __closure__ order follows co_freevars, cells are
# shared between closures and writable through cell_contents, types.CellType, an empty
# cell's ValueError, __closure__ is None without free variables, and a method's __class__
# cell.
import types

def outer():
    b = "b"
    a = "a"
    c = [1]
    def inner():
        return a, b, c
    def other():
        return c
    return inner, other
inner, other = outer()
print(inner.__code__.co_freevars, [cell.cell_contents for cell in inner.__closure__])
print(outer.__code__.co_cellvars, inner.__closure__[2] is other.__closure__[0])
inner.__closure__[0].cell_contents = "changed a"
print(inner())
other.__closure__[0].cell_contents = "replaced c"
print(inner(), other())
print(type(inner.__closure__[0]) is types.CellType, (lambda: 0).__closure__)

cell = types.CellType()
try:
    cell.cell_contents
except ValueError as e:
    print("ValueError:", e)
cell.cell_contents = 5
print(cell.cell_contents, types.CellType(7).cell_contents)
del cell.cell_contents
try:
    cell.cell_contents
except ValueError as e:
    print("ValueError:", e)

class K:
    def m(self):
        return __class__
    def n(self):
        return super().__repr__
print(K.m.__code__.co_freevars, K.m.__closure__[0].cell_contents is K, K().m() is K)
print(K.n.__code__.co_freevars, K.__dict__.get("__classcell__", "no classcell in dict"))

def shared_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1 = shared_counter()
c1(); c1()
print(c1.__closure__[0].cell_contents)
fn = types.FunctionType(c1.__code__, globals(), "clone", None, c1.__closure__)
print(fn(), c1(), fn.__name__)
try:
    types.FunctionType(c1.__code__, globals())
except TypeError as e:
    print("TypeError:", e)
try:
    types.FunctionType(c1.__code__, globals(), "x", None, (1,))
except TypeError as e:
    print("TypeError:", e)
