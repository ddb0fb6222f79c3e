# RUN: %difftest %s
# Comprehension scoping errors and shadowing: an iteration variable shadowing a global,
# using a comprehension variable afterwards (NameError), a nested function inside a
# comprehension capturing the loop variable, and an UnboundLocalError in the enclosing
# function that later assigns the name (uncaught).
i = "global i"
print([i for i in range(3)], i)
try:
    [j for j in range(2)]
    print(j)
except NameError as e:
    print("NameError:", e)
adders = [(lambda k: (lambda x: x + k))(k) for k in range(3)]
print([f(10) for f in adders])
late = [lambda: k for k in range(3)]
print([f() for f in late])


def shadow():
    x = "local"
    data = [x for x in "ab"]
    return data, x


print(shadow())


def outer_cell():
    values = []
    total = [values.append(v) or sum(values) for v in range(4)]
    return total, values


print(outer_cell())


def unbound():
    result = [count for _ in range(2)]
    count = 5
    return result


unbound()
