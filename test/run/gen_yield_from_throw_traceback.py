# RUN: %difftest %s
# throw() through a yield from chain that nobody handles: the traceback contains the
# delegating frames and the innermost yield; close() delegation with a subgenerator whose
# cleanup raises (that error replaces the GeneratorExit and propagates out of close()).
def leaf():
    try:
        yield "leaf"
    finally:
        print("leaf cleanup")


def branch():
    yield from leaf()


def root():
    yield from branch()


def bad_cleanup():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")


def delegator():
    yield from bad_cleanup()


d = delegator()
next(d)
try:
    d.close()
except ValueError as e:
    print("close raised", repr(e), type(e.__context__).__name__)
r = root()
print(next(r))
r.throw(PermissionError("denied"))
