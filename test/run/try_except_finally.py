# RUN: %difftest %s
# try/except/else/finally, with, and return/break/continue through finally and with;
# the handled-exception state, chaining, bare raise, an exception that no clause matches.
import sys
def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError as e:
        print("caught", e, sys.exc_info()[0].__name__)
        r = -1
    else:
        print("no error")
    finally:
        print("finally", x)
    print("after", sys.exc_info())
    return r
print(f(2), f(0))
def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return "done"
print(g())
def h():
    try:
        return "try"
    finally:
        print("h finally")
print(h())
def k():
    try:
        raise ValueError("v")
    except (TypeError, ValueError) as e:
        try:
            raise KeyError("k")
        except KeyError as e2:
            print(repr(e2.__context__))
        print(sys.exc_info()[1])
    return 1
print(k())
class CM:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None); return self.suppress
with CM("a") as a, CM("b"):
    print("inside", a.name)
with CM("s", True):
    raise RuntimeError("boom")
def wr():
    with CM("r"):
        return 5
print(wr())
def nested():
    try:
        try:
            1 / 0
        finally:
            print("inner finally")
    except ZeroDivisionError:
        print("outer caught")
        raise
try:
    nested()
except ZeroDivisionError as z:
    print("top", type(z).__name__, z.__traceback__.tb_next.tb_frame.f_code.co_name)
def chain():
    try:
        {}["x"]
    except KeyError as e:
        raise ValueError("bad") from e
try:
    chain()
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
def fin_override():
    try:
        1/0
    finally:
        return "swallowed"
print(fin_override())
try:
    pass
finally:
    print("module finally")
def unmatched():
    try:
        int("x")
    except KeyError:
        print("no")
unmatched()
