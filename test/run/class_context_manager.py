# RUN: %difftest %s
# __enter__/__exit__: value bound by as, exceptions passed to __exit__ and suppressed by a
# true return, exceptions raised in __enter__ (no __exit__), nested and multiple managers
# (exit order), return/break inside with, and missing __exit__.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress

with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise KeyError("k")
print("after suppressed")
try:
    with CM("c"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)

with CM("x") as x, CM("y") as y:
    print("both", x, y)

def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            break
        continue

class BadEnter:
    def __enter__(self):
        raise ValueError("enter failed")
    def __exit__(self, *a):
        print("not called")
try:
    with CM("outer"), BadEnter():
        print("no")
except ValueError as e:
    print("ValueError:", e)

class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise KeyError("body")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))
with CM("last"):
    raise IndexError("uncaught in with")
