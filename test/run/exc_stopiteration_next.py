# RUN: %difftest %s
it = iter([1])
print(next(it))
print(next(it))
