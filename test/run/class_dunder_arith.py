# RUN: %difftest %s
# Arithmetic dunders, reflected forms, NotImplemented fallbacks, in-place operators that
# fall back to the binary form, unary operators, and the TypeError when all return
# NotImplemented.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V%r" % (self.c,)
    def _op(self, other, f):
        if isinstance(other, V):
            return V(*[f(a, b) for a, b in zip(self.c, other.c)])
        if isinstance(other, (int, float)):
            return V(*[f(a, other) for a in self.c])
        return NotImplemented
    def __add__(self, o): return self._op(o, lambda a, b: a + b)
    def __radd__(self, o): return self._op(o, lambda a, b: b + a)
    def __sub__(self, o): return self._op(o, lambda a, b: a - b)
    def __rsub__(self, o): return self._op(o, lambda a, b: b - a)
    def __mul__(self, o): return self._op(o, lambda a, b: a * b)
    def __rmul__(self, o): return self._op(o, lambda a, b: b * a)
    def __truediv__(self, o): return self._op(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._op(o, lambda a, b: a // b)
    def __mod__(self, o): return self._op(o, lambda a, b: a % b)
    def __pow__(self, o, mod=None): return self._op(o, lambda a, b: pow(a, b, mod))
    def __rpow__(self, o): return self._op(o, lambda a, b: b ** a)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __lshift__(self, n): return V(*(self.c[n:] + self.c[:n]))
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __rand__(self, o): return "rand"
    def __neg__(self): return V(*[-a for a in self.c])
    def __pos__(self): return self
    def __abs__(self): return V(*[abs(a) for a in self.c])
    def __invert__(self): return V(*[~a for a in self.c])
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)

a, b = V(1, 2, 3), V(4, 5, 6)
print(a + b, a - b, a * b, b / a, b // a, b % a)
print(a + 1, 1 + a, 10 - a, a - 10, 2 * a, a ** 2, 2 ** a, pow(a, 2, 3))
print(a @ b, a << 1, a & 1, 1 & a, a | 1, a ^ 1)
print(-a, +a is a, abs(V(-1, 2)), ~a, divmod(a, 3), divmod(3, a))
x = a
x += b
print(x, x is a, a)
x *= 2
x -= 1
x **= 2
x //= 3
x %= 7
print(x)
try:
    a + "s"
except TypeError as e:
    print(e)
try:
    "s" - a
except TypeError as e:
    print(e)
try:
    a @= 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
print(sum([a, b], V(0, 0, 0)))
