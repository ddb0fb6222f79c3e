# RUN: %difftest %s
import math
import cmath
import operator
print(math.factorial(30), math.comb(100, 50), math.perm(20, 10))
print(math.sqrt(10 ** 20), math.isqrt(10 ** 41), math.isqrt(2 ** 200) == 2 ** 100)
print(math.floor(-7 / 2), math.ceil(-7 / 2), math.trunc(7.9), math.trunc(-7.9), math.floor(10 ** 20 + 0.5))
print(math.copysign(3, -0.0), math.fabs(-2), math.fmod(10, 3), math.fmod(-10, 3), math.exp(0), math.log(1))
print(math.sin(math.pi / 6), math.cos(math.pi / 3), round(math.sin(math.pi), 10), math.atan2(1, 1) * 4)
print(cmath.sqrt(-1), cmath.polar(1j), abs(cmath.exp(1j * math.pi) + 1) < 1e-15)
print(operator.add(1, 2), operator.mul("ab", 2), operator.neg(5), operator.truediv(7, 2), operator.floordiv(-7, 2))
print(operator.getitem([1, 2, 3], 1), operator.contains("abc", "b"), operator.not_(0), operator.xor(5, 3))
print(operator.attrgetter("real")(5), operator.methodcaller("upper")("abc"), operator.itemgetter(0, 2)("xyz"))
