# RUN: %difftest %s
# Traceback shapes through class machinery, printed with traceback.print_exc to stdout:
# an error in __init__ reached through a metaclass __call__, in a property used inside an
# f-string, in a generator method consumed by list(), in __getitem__ reached by slicing,
# in a multi-line method call (caret ranges), in a classmethod alternative constructor,
# and in a dunder reached by an operator.
import sys
import traceback

def show(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc(file=sys.stdout)

class Meta(type):
    def __call__(cls, *args):
        return super().__call__(*args)
class Model(metaclass=Meta):
    def __init__(self, data):
        self.data = data
        self.size = len(data)
    @property
    def first(self):
        return self.data[0]
    def rows(self):
        for item in self.data:
            yield 10 // item
    def __getitem__(self, key):
        return self.data[key.start:key.stop] + [1 / key.step]
    def combine(self, a,
                b, c):
        return a + b + c
    @classmethod
    def parse(cls, text):
        return cls([int(t) for t in text.split(",")])
    def __add__(self, other):
        return Model(self.data + other)

show(lambda: Model(None))
show(lambda: f"value: {Model([]).first}")
show(lambda: list(Model([1, 0]).rows()))
show(lambda: Model([1, 2])[0:1:0])
show(lambda: Model([1]).combine(1,
                                "two",
                                3))
show(lambda: Model.parse("1,x"))
show(lambda: Model([1]) + 5)
Model([1]).combine(
    [1],
    [2],
    None,
)
