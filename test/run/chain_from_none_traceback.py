# RUN: %difftest %s
# `raise ... from None` hides the context in the printed traceback; a later explicit
# cause still shows; mixed cause and context in one chain.
class LookupFailed(Exception):
    pass


def find(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupFailed(key) from None


try:
    find({}, "a")
except LookupFailed as e:
    print(repr(e), e.__context__ is not None, e.__suppress_context__)


def mixed():
    try:
        try:
            1 / 0
        except ZeroDivisionError as z:
            raise ValueError("middle") from z
    except ValueError:
        raise find({}, "b")


mixed()
