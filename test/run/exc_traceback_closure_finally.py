# RUN: %difftest %s
# An uncaught exception whose traceback goes through a closure, a lambda, a generator
# expression, a finally block that runs on the way out, and a method.
def make_divider(d):
    def divide(x):
        return x / d
    return divide


class Pipeline:
    def __init__(self, steps):
        self.steps = steps

    def run(self, value):
        try:
            for step in self.steps:
                value = step(value)
            return value
        finally:
            print("pipeline finished with", value)


def total(values, f):
    return sum(f(v) for v in values)


p = Pipeline([lambda v: v + 1, make_divider(2)])
print(p.run(3))
bad = Pipeline([lambda v: v - 3, lambda v: total([1, 2], make_divider(v))])
bad.run(3)
