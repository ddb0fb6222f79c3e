# RUN: %difftest %s
# An exception raised in a finally block replaces the pending one, which becomes its
# __context__; uncaught at the end, so both tracebacks are printed with "During handling".
def replace():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")


try:
    replace()
except KeyError as e:
    print("caught", repr(e), "context", repr(e.__context__))
    print(e.__suppress_context__, e.__cause__)


def cleanup(resource):
    print("cleaning", resource)
    raise OSError(f"cleanup of {resource} failed")


def work():
    try:
        print("working")
        1 / 0
    finally:
        cleanup("db")


work()
