# RUN: %difftest %s
def combine(a, b):
    return a + b


print(combine(1, 2), combine("x", "y"))
print(combine(1, "a"))
