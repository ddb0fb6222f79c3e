# RUN: %difftest %s
# sys.exc_info()/sys.exception() inside and after handlers, in nested handlers, in finally,
# in a called function, in a generator suspended inside a handler; the `as` name is deleted.
import sys


def current():
    e = sys.exception()
    return repr(e)


try:
    raise ValueError("outer")
except ValueError:
    print(current())
    try:
        raise KeyError("inner")
    except KeyError:
        print(current())
    print(current())
print(current())

try:
    try:
        raise TypeError("t")
    finally:
        print("in finally:", current())
except TypeError:
    pass


def gen():
    try:
        raise OSError("in gen")
    except OSError:
        yield current()
        yield current()


g = gen()
print(next(g))
print("between:", current())
print(next(g))
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print(e)
err = "kept?"
try:
    raise ValueError
except ValueError as err:
    print(type(err).__name__)
print("err" in dir())
