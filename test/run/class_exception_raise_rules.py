# RUN: %difftest %s
# Rules for raise and except with classes: except clauses naming non-exception classes or
# tuples with non-classes (TypeError when tried), clause expressions evaluated in order
# only until one matches, raising a class (instantiated with no args), a bad cause, a
# non-exception, a bare raise with nothing active, and an exception class whose __new__
# returns a non-exception.
class NotExc: pass
try:
    try:
        raise ValueError("v")
    except NotExc:
        print("no")
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("v")
    except (KeyError, 5):
        print("no")
except TypeError as e:
    print("TypeError:", e)
def order():
    try:
        raise KeyError("k")
    except print("evaluating first clause") or IndexError:
        pass
    except print("evaluating second clause") or KeyError:
        print("matched second")
order()
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError() from 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
class E(Exception):
    def __new__(cls, *a):
        return 42
try:
    raise E
except TypeError as e:
    print("TypeError:", e)
