# RUN: %difftest %s
# sys.exc_info() and sys.exception(): outside any handler, inside a handler, inside nested
# handlers (restored when the inner one ends), in finally, in a function called from a
# handler, after the handler (cleared), in a generator resumed inside a handler, and
# inside __exit__.
import sys

def show(tag):
    t, v, tb = sys.exc_info()
    print(tag, t.__name__ if t else None, repr(v), tb is not None)

show("outside")
try:
    raise ValueError("outer")
except ValueError:
    show("handler")
    try:
        raise KeyError("inner")
    except KeyError:
        show("nested")
    show("back in outer")
    def helper():
        show("called from handler")
    helper()
show("after")

try:
    try:
        raise TypeError("in try")
    finally:
        show("finally with pending")
except TypeError:
    pass
try:
    pass
finally:
    show("finally no exception")

def gen():
    show("gen first")
    yield
    show("gen resumed")
    yield
g = gen()
next(g)
try:
    raise IndexError("while resuming")
except IndexError:
    next(g)

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        show("in __exit__")
        return True
with CM():
    raise LookupError("for exit")
show("after with")

def reraiser():
    try:
        raise RuntimeError("first")
    except RuntimeError:
        try:
            raise
        except RuntimeError as e:
            show("re-caught")
            return sys.exc_info()[1] is e
print(reraiser())
try:
    1 / 0
except ZeroDivisionError as e:
    print(sys.exc_info()[1] is e, sys.exc_info()[2] is e.__traceback__)
show("end")
