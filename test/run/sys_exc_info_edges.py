# RUN: %difftest %s
# sys.exc_info() at the edges of handlers: a finally after a return from an except block,
# a finally with an exception pending, nested handlers and their finally, leaving a handler
# by continue/break, a generator yielding inside and after its handler, and __exit__ called
# inside an outer handler with and without its own exception.
import sys
def name():
    t = sys.exc_info()[0]
    return t.__name__ if t else None
def f():
    try:
        raise KeyError("k")
    except KeyError:
        return name()
    finally:
        print("finally after return in handler:", name())
print(f())
def g():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally with pending:", name())
    except KeyError:
        print("outer handler:", name())
        try:
            raise ValueError("v")
        except ValueError:
            print("nested:", name())
        finally:
            print("nested finally:", name())
        print("restored:", name())
g()
def h():
    for i in range(2):
        try:
            raise IndexError(i)
        except IndexError:
            if i == 0:
                continue
            break
    return name()
print("after continue/break out of handler:", h())
def gen_in_handler():
    try:
        raise TypeError("t")
    except TypeError:
        yield name()
        yield name()
    yield name()
print(list(gen_in_handler()))
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("__exit__ sees", name(), "args", a[0].__name__ if a[0] else None)
try:
    raise OSError("outer")
except OSError:
    with CM():
        pass
    with CM():
        try:
            raise LookupError("body")
        except LookupError:
            pass
try:
    with CM():
        raise EOFError("to exit")
except EOFError:
    print("propagated:", name())
print("end:", name())
