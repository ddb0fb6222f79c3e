# RUN: %difftest %s
def get_first(x):
    return x[0]


print(get_first("hello"), get_first([9]))
print(get_first(12345))
