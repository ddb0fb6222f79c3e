# RUN: %difftest %s
def use_later():
    return defined_later * 2


print("start")
print(use_later())
defined_later = 21
