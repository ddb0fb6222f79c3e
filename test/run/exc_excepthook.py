# RUN: %difftest %s
# sys.excepthook is called for the uncaught exception (a custom hook replaces the standard
# traceback); traceback.print_exception with limit and chain=False on a chained error;
# the exit code stays 1.
import sys
import traceback


def level2():
    raise ValueError("deep")


def level1():
    try:
        level2()
    except ValueError as e:
        raise KeyError("outer") from e


try:
    level1()
except KeyError as e:
    traceback.print_exception(e, limit=1, file=sys.stdout)
    print("---")
    traceback.print_exception(e, chain=False, file=sys.stdout)
    print("---")
    print(traceback.format_exception_only(e))


def hook(typ, value, tb):
    frames = traceback.extract_tb(tb)
    print("custom hook:", typ.__name__, value, [f.name for f in frames], file=sys.stderr)
    print("cause:", repr(value.__cause__), file=sys.stderr)


sys.excepthook = hook
print("raising")
level1()
