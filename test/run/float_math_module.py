# RUN: %difftest %s
import math
from math import sqrt, pi, e, log
print(sqrt(2), sqrt(16), math.isqrt(17), pi, e, math.tau)
print(log(e), log(100, 10), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.exp(1))
print(math.sin(0), math.cos(0), math.tan(pi / 4), math.asin(1), math.acos(0), math.atan(1))
print(math.degrees(pi), math.radians(180), math.hypot(3, 4), math.dist((0, 0), (3, 4)))
print(math.pow(2, 10), math.fabs(-3), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.comb(50, 25), math.perm(10, 3), math.prod([1, 2, 3, 4, 5]), math.prod(range(1, 30)))
print(math.factorial(20), math.floor(-0.5), math.ceil(0.5), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.fsum([1e100, 1.0, -1e100]))
print(math.erf(1.0), math.gamma(5), math.lgamma(10), math.sinh(1), math.cosh(1), math.tanh(1))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
