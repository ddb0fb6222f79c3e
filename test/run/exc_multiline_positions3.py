# RUN: %difftest %s
# Traceback positions, more: a multi-line with whose first item's __exit__ raises, __exit__
# raising on return, a triple-quoted f-string's replacement field, multi-line if/while
# conditions and boolean operators, a conditional expression, a metaclass conflict in a
# multi-line class statement, dict comprehension and genexp bodies, *None, nested calls.
import sys, traceback
def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stdout)
class CM:
    def __init__(self, fail=False): self.fail = fail
    def __enter__(self): return self
    def __exit__(self, *a):
        if self.fail: raise OSError("exit failed")
def with_exit_multi():
    with (
        CM(fail=True),
        CM(),
    ):
        pass
def with_exit_body_return():
    with CM(fail=True):
        return 1
def fstring_multi():
    x = None
    return f"""value: {
        x + 1
    }"""
def if_multi():
    a = None
    if (a is None or
            a.missing):
        return len(
            5)
def while_multi():
    n = 0
    while (n <
           "3"):
        pass
def bool_multi():
    d = {}
    return (d
            and d["x"]
            or d["y"])
def ternary_multi():
    v = 0
    return (1 / v
            if v == 0
            else 2)
def class_bases():
    class A(type): pass
    class B(type): pass
    class X(metaclass=A): pass
    class Y(metaclass=B): pass
    class Z(X,
            Y):
        pass
def dictcomp_multi():
    return {
        k: 1 / v
        for k, v in [("a", 1), ("b", 0)]
    }
def genexp_multi():
    return sum(
        1 / v
        for v in [1, 0]
    )
def starred_multi():
    return print(
        *None,
    )
def call_in_call():
    return int(
        str(
            "x"))
for f in [with_exit_multi, with_exit_body_return, fstring_multi, if_multi, while_multi,
          bool_multi, ternary_multi, class_bases, dictcomp_multi, genexp_multi,
          starred_multi, call_in_call]:
    show(f)
