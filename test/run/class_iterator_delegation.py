# RUN: %difftest %s
# yield from delegating to class-based iterators: send/throw/close forwarded to the
# iterator's own methods, StopIteration's value as the result, and an iterator without
# send (AttributeError) or throw (the exception is raised in the delegating generator).
class Echo:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("echo done")
        return self.n
    def send(self, v):
        print("Echo.send", v)
        return self.__next__()
    def throw(self, typ, val=None, tb=None):
        print("Echo.throw", typ.__name__ if isinstance(typ, type) else type(typ).__name__)
        return "recovered"
    def close(self):
        print("Echo.close")
def deleg():
    r = yield from Echo()
    print("yield from returned", r)
    yield "after"
g = deleg()
print(next(g), g.send("a"), g.throw(KeyError), g.send(None))
print(next(g))
g2 = deleg()
next(g2)
g2.close()
class NoSend:
    def __init__(self): self.i = iter([1, 2])
    def __iter__(self): return self
    def __next__(self): return next(self.i)
def deleg2():
    yield from NoSend()
g3 = deleg2()
next(g3)
try:
    g3.send(5)
except AttributeError as e:
    print("AttributeError:", e)
g4 = deleg2()
next(g4)
try:
    g4.throw(ValueError("into plain iterator"))
except ValueError as e:
    print("ValueError:", e)
