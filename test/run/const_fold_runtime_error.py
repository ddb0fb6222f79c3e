# RUN: %difftest %s
# An operation on constants that raises is not folded: it raises when it runs, with the
# traceback CPython shows.
print("start")
print(1 if True else 1 / 0, (1, 2, 3)[0])


def f():
    return "abc"[1] + ("x", "y", "z")[5]


print("before")
f()
