# RUN: %difftest %s
# From test_yield_from: a tuple sent through `yield from` into an object's send() method
# arrives as one argument; and functions print as the interpreter's do (test_functools).
class MyGen:
    def __iter__(self):
        return self
    def __next__(self):
        return 42
    def send(self, what):
        print("send:", what)
        return None

def outer():
    v = yield from MyGen()

g = outer()
next(g)
g.send((1, 2, 3, 4))
def named(): pass
print(repr(named).split(" at ")[0])
