# RUN: %difftest %s
# Where tracebacks point for errors raised by different statement and expression kinds:
# unpacking in for targets and assignments, dict/set displays with unhashable keys, slices,
# f-string format specs, chained comparisons, duplicate keyword arguments, star-args.
import sys
import traceback


def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stdout)


def for_target():
    for a, b in [(1, 2), (1, 2, 3)]:
        pass


def star_assign():
    first, *rest = 5


def dict_display():
    return {"ok": 1, []: 2}


def set_display():
    return {1, 2, {}}


def bad_slice():
    return "abc"[1:"x"]


def fstring_spec():
    width = "wide"
    return f"{42:>{width}}"


def chained():
    a, b, c = 1, 2, "3"
    return a < b < c


def dup_kwargs():
    d = {"sep": "-"}
    print("x", **d, sep="+")


def star_args():
    return max(*5)


def call_result():
    return (lambda: None)()()


for f in [for_target, star_assign, dict_display, set_display, bad_slice, fstring_spec,
          chained, dup_kwargs, star_args, call_result]:
    show(f)
