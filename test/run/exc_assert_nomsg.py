# RUN: %difftest %s
def check_positive(n):
    assert n > 0
    return n


print(check_positive(3))
print(check_positive(-1))
