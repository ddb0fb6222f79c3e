# RUN: %difftest %s
# The handled-exception state belongs to frames: a generator that yields inside an except
# block does not leak its exception to the caller, gets it back when resumed, and sees the
# caller's exception while it runs outside its own handlers; sys.exception() (3.11) agrees
# with sys.exc_info(); a bare raise inside a resumed generator re-raises its own exception.
import sys

def cur():
    e = sys.exception()
    assert e is sys.exc_info()[1]
    return repr(e)

def gen():
    print("gen start sees", cur())
    try:
        raise KeyError("gen's own")
    except KeyError:
        print("gen in handler", cur())
        yield "yielded inside except"
        print("gen resumed in handler", cur())
        yield "second"
        raise
    
g = gen()
print(next(g), "| caller sees", cur())
try:
    raise ValueError("caller's")
except ValueError:
    print(next(g), "| caller in handler sees", cur())
    print("caller still sees", cur())
try:
    next(g)
except KeyError as e:
    print("bare raise in generator re-raised", repr(e))
print("finally caller sees", cur())

def outer_gen():
    try:
        raise IndexError("outer")
    except IndexError:
        yield from inner_gen()
def inner_gen():
    print("inner sees", cur())
    yield 1
    print("inner resumed sees", cur())
print(list(outer_gen()))

def catcher():
    try:
        yield
    except RuntimeError:
        print("thrown exception seen as", cur())
        yield "after throw"
c = catcher()
next(c)
print(c.throw(RuntimeError("thrown in")), cur())
