# RUN: %difftest %s
# RUN: %difftest --no-run --build-flag=-O0 %s
import math
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -nan, repr(inf), str(nan))
print(1e300 * 1e10, 1e308 * 10, -1e308 * 10, inf - inf, inf * 0, inf / inf, 0 * -inf)
print(inf + 1, inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan > 1)
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(inf), math.isnan(inf - inf))
z = -0.0
print(z, 0.0 == -0.0, repr(-0.0), str(-0.0), -0.0 + 0.0, 0.0 * -1, -0.0 * -1, abs(-0.0))
print(math.copysign(1, -0.0), math.copysign(1, 0.0), math.atan2(0.0, -0.0), math.atan2(-0.0, -1.0))
print(1 / inf, -1 / inf, math.copysign(1, -1 / inf), round(-0.4), -0.0 // 1, 0.0 % -1)
print(max(1, inf), min(-inf, 0), sorted([3.0, inf, -inf, 0.0, -1.5]))
print(int(1e300) % 997, float(10 ** 308), 10 ** 308 * 1.0)
print(inf // 1 if False else "skip", math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.inf, -math.inf, math.nan, math.inf == inf, 2 ** 1024 > inf)
print(5e-324 / 2, 5e-324 * 0.5, 2.2250738585072014e-308 / 2, 1e-310)
print(float("1e309"), float("-1e309"), float("1e-400"), float("Infinity"), float("-iNF"), float("NaN"))
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0), hash(1.5), hash(2.0) == hash(2))
