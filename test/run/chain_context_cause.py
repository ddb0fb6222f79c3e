# RUN: %difftest %s
# __context__, __cause__, __suppress_context__ as set by implicit chaining, raise from,
# raise from None, and assignments to them.
def show(e):
    print(type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)


try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
except TypeError as e:
    show(e)

try:
    try:
        raise ValueError("a")
    except ValueError as v:
        raise TypeError("b") from v
except TypeError as e:
    show(e)

try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b") from None
except TypeError as e:
    show(e)

try:
    raise TypeError("c") from KeyError("k")
except TypeError as e:
    show(e)

try:
    raise TypeError("d") from OSError
except TypeError as e:
    show(e)

try:
    raise TypeError("e") from 5
except TypeError as e:
    print("bad cause:", e)

e = ValueError("x")
e.__cause__ = KeyError("y")
print(e.__suppress_context__)
e.__suppress_context__ = False
show(e)
try:
    e.__cause__ = "nope"
except TypeError as err:
    print(err)
try:
    e.__context__ = 3
except TypeError as err:
    print(err)


def reraise_keeps_context():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError as v:
            return v


show(reraise_keeps_context())
