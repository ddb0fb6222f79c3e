# RUN: %difftest %s
"a module " + "docstring?"  # folded into one string, which CPython keeps from being __doc__
import sys

print(__doc__, sys.modules[__name__].__doc__)


def f():
    "a real " "docstring"


def g():
    "not a " + "docstring"
    return __doc__


print(f.__doc__, g.__doc__, g())
