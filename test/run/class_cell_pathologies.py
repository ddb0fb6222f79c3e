# RUN: %difftest %s
# From test_super: a class body reading __class__ (the enclosing method's, a free variable)
# while its own methods get the class's implicit __class__ cell; from test_opcodes: an
# annotation nested in a with statement still sets up the class's __annotations__.
class A:
    def f(self):
        return "A"

class T:
    def method(self):
        class X(A):
            def f(self):
                return super().f()
            __class__ = 413
        x = X()
        print(x.f(), x.__class__)
        class Y:
            y = __class__
            def g():
                __class__
        print(Y.y is T, Y.g.__closure__[0].cell_contents is Y)

T().method()

class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return False

class C:
    del __annotations__
    with CM():
        try:
            x: int
        except NameError:
            print("NameError as expected")
print(hasattr(C, "__annotations__"))
