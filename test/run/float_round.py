# RUN: %difftest %s
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 123.456, -123.456, 1e20, 1.23456789e-5]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, 3), round(v, -1), round(v, -2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 2)).__name__)
print(round(5, -1), round(15, -1), round(25, -1), round(-25, -1), round(123456, -3))
print(round(float("inf"), 2), round(float("nan"), 2), round(-0.0), round(-0.4), round(0.49999999999999994))
import math
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.floor(-2.5), math.ceil(-2.5))
print(math.floor(1e20), math.ceil(-1e20), type(math.floor(2.0)).__name__)
