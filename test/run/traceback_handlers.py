# RUN: %difftest %s
# Tracebacks through methods, closures, finally and __exit__, and an exception raised in
# __exit__ (its context is the body's exception).
class Resource:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise OSError("exit failed")

class Worker:
    def run(self, n):
        def step(k):
            return 10 // k
        try:
            return step(n)
        finally:
            print("cleanup", n)

print(Worker().run(2))
try:
    with Resource():
        raise KeyError("body")
except OSError as e:
    print("context:", repr(e.__context__))
Worker().run(0)
