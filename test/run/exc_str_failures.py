# RUN: %difftest %s
# Printing exceptions whose __str__ fails or returns odd things: "<exception str() failed>"
# in the traceback, an empty message (no colon), a local exception class's qualified name,
# a __module__ override, and a __cause__ cycle that the traceback printer stops at.
import sys
import traceback


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("str failed")


class EmptyStr(Exception):
    def __str__(self):
        return ""


def make_local():
    class Local(Exception):
        pass
    return Local


class Elsewhere(Exception):
    pass


Elsewhere.__module__ = "some.module"
for exc in [BadStr("x"), EmptyStr("y"), make_local()("local msg"), Elsewhere("moved")]:
    try:
        raise exc
    except Exception:
        print(traceback.format_exc().splitlines()[-1])
a = ValueError("a")
b = KeyError("b")
a.__cause__ = b
b.__cause__ = a
try:
    raise a
except ValueError:
    print(len(traceback.format_exc().splitlines()))
raise BadStr("uncaught")
