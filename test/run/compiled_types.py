# RUN: %pylc build %s -o %t && %t | FileCheck %s
# RUN: %pylc run %s | FileCheck %s
# Proves from inside the program that its code was compiled: every kind of callable
# has a runtime type whose name says so.
def f(): pass
class C:
    def m(self): pass
    @staticmethod
    def s(): pass
lam = lambda: 0
def gen():
    yield 1

print("function", type(f).__name__)
print("method", type(C().m.__func__).__name__)
print("staticmethod", type(C.s).__name__)
print("lambda", type(lam).__name__)
print("generator", type(gen()).__name__)
print("genexpr", type(x for x in []).__name__)
async def agen():
    yield 1
ag = agen()
print("async generator", type(ag).__name__)
print("asend", type(ag.asend(None)).__name__)
print("athrow", type(ag.aclose()).__name__)
print("async genexpr", type(x async for x in ag).__name__)
print("comprehension", type([lambda: 0 for _ in [0]][0]).__name__)
print("frame code", type(f.__code__).__name__)
# CHECK: function compiled_function
# CHECK-NEXT: method compiled_function
# CHECK-NEXT: staticmethod compiled_function
# CHECK-NEXT: lambda compiled_function
# CHECK-NEXT: generator compiled_generator
# CHECK-NEXT: genexpr compiled_generator
# CHECK-NEXT: async generator compiled_async_generator
# CHECK-NEXT: asend compiled_async_generator_asend
# CHECK-NEXT: athrow compiled_async_generator_athrow
# CHECK-NEXT: async genexpr compiled_async_generator
# CHECK-NEXT: comprehension compiled_function
# CHECK-NEXT: frame code code
