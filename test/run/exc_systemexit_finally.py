# RUN: %difftest %s
# sys.exit inside try: finally blocks and with exits run; except Exception does not catch
# SystemExit, except BaseException does; the final exit code comes from the last exit.
import sys


class CM:
    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        print("exit sees", typ.__name__ if typ else None, val.code if val else None)


try:
    sys.exit(5)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", repr(e), e.code)
try:
    raise SystemExit("message", "extra")
except SystemExit as e:
    print(e.code, e.args)


def deep():
    try:
        with CM():
            sys.exit(7)
    finally:
        print("deep finally")


try:
    deep()
finally:
    print("module finally")
