# RUN: %difftest %s
# Folding stops at CPython's limits: 2.0 ** 10000 overflows when it runs, after the
# output before it.
print("a" * 5000 == "a" * 5000, len((1,) * 300), 2**1000 % 1000, len("%s" % ("x" * 9000,)))
print(1 << 1000 >> 990, -(2**200) // 3**50, (2**64) ** 2 == 2**128)
x = 2.0 ** 10000
