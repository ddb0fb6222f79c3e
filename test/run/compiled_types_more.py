# RUN: %pylc build %s -o %t && %t | FileCheck %s
# RUN: %pylc run %s | FileCheck %s
# More kinds of compiled callables and their runtime types (compiled_types.py has the
# basic ones): async def and its coroutine, the implicit staticmethod/classmethod wrapping
# of __new__/__init_subclass__/__class_getitem__, property accessors, wrappers made by
# functools.wraps, nested functions, and code from eval (interpreted: plain function).
import functools
async def coro_fn():
    pass
class C:
    def __new__(cls):
        return super().__new__(cls)
    def __init_subclass__(cls):
        pass
    def __class_getitem__(cls, item):
        return item
    @classmethod
    def cm(cls):
        pass
    @property
    def prop(self):
        return 1
    @prop.setter
    def prop(self, v):
        pass
def deco(f):
    @functools.wraps(f)
    def wrapper():
        return f()
    return wrapper
@deco
def decorated():
    pass
def outer():
    def inner():
        pass
    return inner
co = coro_fn()
print("async def", type(coro_fn).__name__)
print("coroutine", type(co).__name__)
co.close()
print("implicit static __new__", type(C.__dict__["__new__"]).__name__, type(C.__new__).__name__)
print("implicit classmethod __init_subclass__", type(C.__dict__["__init_subclass__"]).__name__)
print("implicit classmethod __class_getitem__", type(C.__dict__["__class_getitem__"]).__name__)
print("classmethod func", type(C.cm.__func__).__name__)
print("property fget fset", type(C.prop.fget).__name__, type(C.prop.fset).__name__)
print("wrapper and wrapped", type(decorated).__name__, type(decorated.__wrapped__).__name__)
print("nested", type(outer()).__name__)
print("partial func", type(functools.partial(outer).func).__name__)
print("exec-defined", type(eval("lambda: 0")).__name__)
print("bound method", type(C().cm).__name__, type(C.cm).__name__)
# CHECK: async def compiled_function
# CHECK-NEXT: coroutine compiled_coroutine
# CHECK-NEXT: implicit static __new__ staticmethod compiled_function
# CHECK-NEXT: implicit classmethod __init_subclass__ classmethod
# CHECK-NEXT: implicit classmethod __class_getitem__ classmethod
# CHECK-NEXT: classmethod func compiled_function
# CHECK-NEXT: property fget fset compiled_function compiled_function
# CHECK-NEXT: wrapper and wrapped compiled_function compiled_function
# CHECK-NEXT: nested compiled_function
# CHECK-NEXT: partial func compiled_function
# CHECK-NEXT: exec-defined function
# CHECK-NEXT: bound method method method
