# RUN: %difftest %s
# An instance attribute shadows a class attribute whose class gains __get__/__set__ after
# the load was cached: the cache must not outlive that (the class attribute becomes a data
# descriptor without the instance's type changing its version). Class attributes of
# immutable types (ints, strings) keep the fast path.
class Descriptor:
    pass


class C:
    x = Descriptor()
    y = 0

    def __init__(self):
        self.x = 1
        self.y = 1


def load(o):
    return o.x, o.y


def store(o, v):
    o.x = v


o = C()
for i in range(2000):
    assert load(o) == (1, 1)
    store(o, 1)

Descriptor.__get__ = lambda self, instance, owner: 2
Descriptor.__set__ = lambda self, instance, value: print("__set__", value)
print(load(o))
store(o, 3)
print(o.__dict__)
