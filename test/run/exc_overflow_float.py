# RUN: %difftest %s
print(2.0 ** 1000)
print(float(10 ** 308))
print(2.0 ** 2000)
