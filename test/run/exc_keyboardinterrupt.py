# RUN: %difftest %s
# KeyboardInterrupt is a BaseException: except Exception misses it, finally runs, and when
# uncaught CPython prints the traceback and exits as if killed by SIGINT.
def work():
    try:
        raise KeyboardInterrupt
    finally:
        print("work finally")


try:
    work()
except Exception:
    print("not caught by Exception")
except KeyboardInterrupt as e:
    print("caught", repr(e), isinstance(e, BaseException))
print(KeyboardInterrupt.__mro__[1].__name__)
work()
