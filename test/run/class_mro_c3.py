# RUN: %difftest %s
# C3 linearization: diamonds, the classic "O" example, mro() vs __mro__, and the
# TypeError CPython raises when no consistent order exists.
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass

print([k.__name__ for k in A.__mro__])
print([k.__name__ for k in A.mro()])
print([k.__name__ for k in B.__mro__])

class Base:
    def who(self):
        return "Base"
class Left(Base):
    def who(self):
        return "Left>" + super().who()
class Right(Base):
    def who(self):
        return "Right>" + super().who()
class Bottom(Left, Right):
    def who(self):
        return "Bottom>" + super().who()
print(Bottom().who())
print(Bottom.__bases__ == (Left, Right), Bottom.__base__.__name__)

class X: pass
class Y: pass
try:
    class Bad(X, Y, X):
        pass
except TypeError as e:
    print("dup:", e)

class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q):
        pass
except TypeError as e:
    print("conflict:", e)

try:
    class S(object, X):
        pass
except TypeError as e:
    print("object first:", e)

print(issubclass(A, O), issubclass(O, A), isinstance(A(), D))
