# RUN: %difftest %s
# An exception thrown into a generator (or an async generator) suspended inside an except
# block has the exception being handled there as its __context__, seen outside and inside.
def f():
    try:
        raise KeyError("a")
    except Exception:
        yield


gen = f()
gen.send(None)
try:
    gen.throw(ValueError)
except ValueError as e:
    print(repr(e), repr(e.__context__))


def g():
    try:
        raise KeyError("b")
    except Exception:
        try:
            yield
        except Exception as exc:
            print("inside", repr(exc), repr(exc.__context__))
            yield "b"


gen = g()
gen.send(None)
print(gen.throw(ValueError))


def plain():
    yield


def outer():
    try:
        raise KeyError("c")
    except Exception:
        yield from plain()


gen = outer()
gen.send(None)
try:
    gen.throw(ValueError)
except ValueError as e:
    print(repr(e), repr(e.__context__))
gen = plain()
gen.send(None)
try:
    gen.throw(ValueError)
except ValueError as e:
    print(repr(e), repr(e.__context__))


async def agen():
    try:
        raise KeyError("d")
    except Exception:
        try:
            yield 1
        except Exception as exc:
            print("agen inside", repr(exc), repr(exc.__context__))
            yield 2


a = agen()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("first", e.value)
try:
    a.athrow(IndexError).send(None)
except StopIteration as e:
    print("second", e.value)
