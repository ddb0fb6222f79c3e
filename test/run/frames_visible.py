# RUN: %difftest %s
# Compiled calls are frames the interpreter sees: sys._getframe, f_back, f_lineno,
# f_locals, locals(), globals(), inspect and warnings.
import inspect
import sys
import warnings

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, sorted(f.f_locals)

def caller(a, b=2):
    c = a + b
    return where()

print(caller(1))
print(sys._getframe().f_code.co_name, sys._getframe().f_back)

def stack():
    return [(fi.function, fi.lineno) for fi in inspect.stack()[:3]]

def outer():
    return stack()
print(outer())

def loc(a):
    b = [a]
    return locals()
print(loc(1))
print(globals()["loc"].__name__, vars()["caller"].__name__, "loc" in dir())

def warn():
    warnings.warn("careful", UserWarning, stacklevel=2)
def user():
    warn()
warnings.simplefilter("always")
user()
print(inspect.currentframe().f_code.co_filename == __file__)
