# RUN: %difftest %s
# return/break/continue out of an `except ... as name` handler whose try body can raise:
# the name is cleared and the handled exception restored on the way out.
import sys
def f(x):
    try:
        return 10 // x
    except ZeroDivisionError as e:
        return f"handled {e}"
print(f(2), f(0), sys.exc_info())
def g(items):
    out = []
    for x in items:
        try:
            out.append(10 // x)
        except ZeroDivisionError as e:
            if x == 0:
                continue
        finally:
            out.append("f")
    return out
print(g([1, 0, 5]))
def h():
    try:
        raise KeyError("k")
    except KeyError as e:
        try:
            return e.args
        finally:
            print("inner finally", sys.exc_info()[0].__name__)
print(h(), sys.exc_info())
