# RUN: %difftest %s
# throw(type, value, tb) is not deprecated in 3.11 (3.12 added that warning): with warnings
# as errors, the exception still arrives at the yield.
import warnings
warnings.simplefilter("error")
def g():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
x = g()
next(x)
print(x.throw(ValueError, ValueError("three"), None))
y = g()
next(y)
print(y.throw(ValueError, "two"))
try:
    y.throw(KeyError, None, 5)
except TypeError as e:
    print(e)
