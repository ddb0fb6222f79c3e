# RUN: %difftest %s
# Traceback objects: __traceback__, tb_next chain, tb_lineno and frame names of raising
# lines, with_traceback(None) and reattaching, traceback.format_exception_only, and
# raising with a previous traceback (uncaught, so the extended traceback is compared).
import traceback


def a():
    b()


def b():
    raise LookupError("from b")


try:
    a()
except LookupError as e:
    saved = e
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    print(traceback.format_exception_only(type(e), e))
    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__)])
stripped = saved.with_traceback(None)
print(stripped is saved, saved.__traceback__)
try:
    raise saved
except LookupError as e:
    print(len(traceback.extract_tb(e.__traceback__)))


def keep_tb():
    try:
        a()
    except LookupError as e:
        return e.__traceback__


tb = keep_tb()
print(traceback.format_exception_only(ValueError, ValueError("only")))
print("".join(traceback.format_exception(KeyError, KeyError("k"), None)), end="")
raise RuntimeError("reattached").with_traceback(tb)
