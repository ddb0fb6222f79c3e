# RUN: %difftest %s
values = [3, "1", 2]
print(len(values))
values.sort()
