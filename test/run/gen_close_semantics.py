# RUN: %difftest %s
# close(): runs finally, raises GeneratorExit at the yield, a generator that catches it and
# returns is fine, one that yields again is RuntimeError; close of unstarted/finished ones.
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally on close")


g = with_finally()
print(next(g))
print(g.close())
print(next(g, "exhausted"))


def catches():
    try:
        yield 1
    except GeneratorExit as e:
        print("got", type(e).__name__, isinstance(e, Exception), isinstance(e, BaseException))
        return "ignored return value"


g = catches()
next(g)
print(g.close())


allow_close = False


def stubborn():
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            if allow_close:
                print("closing now")
                return
            print("refusing to close")


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
allow_close = True
g.close()


def never_started():
    print("body never runs")
    yield


g = never_started()
g.close()
print(next(g, "closed before start"))


def raises_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("from close")


g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print("close propagated", e)
g = with_finally()
next(g)
next(g)
g.close()
g.close()
print("done")
