# RUN: %difftest %s
# __del__ timing through exceptional control flow: locals of every frame the exception
# passed through are released when the handler finishes (the traceback goes), temporaries
# alive at the raise point (a half-built call's arguments, a for loop's iterator, a with
# statement's manager) are released, and a stored exception keeps its frames alive until
# it is dropped.
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit", self.name)
    def __iter__(self):
        yield 1
        yield 2

def fail(*args):
    raise KeyError("fail")

def level2():
    two = R("level2 local")
    return fail(R("arg temp"), R("arg temp 2"))
def level1():
    one = R("level1 local")
    return level2()
try:
    level1()
except KeyError:
    print("handler start")
print("handler done")

def in_loop():
    for v in R("loop iterable"):
        if v == 2:
            raise ValueError("in loop")
try:
    in_loop()
except ValueError:
    print("loop handler")
print("after loop handler")

def in_with():
    with R("manager") as m:
        raise IndexError("in with")
try:
    in_with()
except IndexError:
    print("with handler")
print("after with handler")

def keep():
    kept = R("kept by traceback")
    raise RuntimeError("kept")
saved = None
try:
    keep()
except RuntimeError as e:
    saved = e
print("exception saved")
saved = None
print("exception dropped")

def finally_release():
    try:
        t = R("finally local")
        return "returned"
    finally:
        print("finally runs")
print(finally_release())

def comp():
    return [R("comp %d" % i).name for i in range(2)]
print(comp())
def gen():
    g = R("gen local")
    yield 1
    yield 2
it = gen()
next(it)
print("closing generator")
it.close()
print("closed")
it2 = gen()
next(it2)
del it2
print("generator deleted")
