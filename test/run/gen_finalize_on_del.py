# RUN: %difftest %s
# A suspended generator that is collected (del, going out of scope, cycle collection) has
# its finally and with-exits run; a finished one does nothing.
import gc


class Guard:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)


def gen(name):
    with Guard(name):
        try:
            yield 1
            yield 2
        finally:
            print("finally", name)


g = gen("del")
next(g)
del g
print("after del")


def scope():
    g = gen("scope")
    next(g)
    print("leaving scope")


scope()
print("after scope")
g = gen("finished")
print(list(g))
del g
print("after finished")


class Holder:
    pass


h = Holder()
h.g = gen("cycle")
h.self = h
next(h.g)
del h
gc.collect()
print("after collect")
for x in gen("break"):
    print("got", x)
    break
print("after loop break")
