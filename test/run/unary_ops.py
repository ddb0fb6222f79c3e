# RUN: %difftest %s
vals = [0, 1, -1, 7, -7, 2 ** 64, -(2 ** 64), True, False]
for v in vals:
    print(v, -v, +v, ~v, not v)
for v in [0.0, -0.0, 1.5, -2.5, float("inf")]:
    print(v, -v, +v, not v)
print(-(-(-3)), - - 3, ~~5, not not 0, -~0, ~-1, +-+-1)
x = 3
print(-x ** 2, (-x) ** 2, -x * -x, ~x & 0xF, not x == 3, not x != 3)
print(-(1 + 2j), +(1.5), -True, ~True, -(2 ** 63), -(-(2 ** 63)))
