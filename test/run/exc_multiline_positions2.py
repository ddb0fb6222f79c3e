# RUN: %difftest %s
# Traceback positions of raising statements spread over several lines: with items, raise,
# comparisons, unpacking, for iterables, decorator calls, from-imports, augmented subscripts,
# duplicate keywords, a fluent method chain, yield from, a lambda body.
import sys, traceback
def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stdout)
class CM:
    def __init__(self, fail=False): self.fail = fail
    def __enter__(self):
        if self.fail: raise OSError("enter failed")
    def __exit__(self, *a): pass
def with_items():
    with (
        CM(),
        CM(fail=True),
    ):
        pass
def raise_multi():
    raise ValueError(
        "multi-line raise"
    )
def compare_multi():
    a = 1
    return (a
            <
            "x")
def unpack_multi():
    a, b = (
        1, 2, 3)
def for_multi():
    for x in (
        5
    ):
        pass
def deco(arg):
    raise KeyError(arg)
def decorator_multi():
    @deco(
        "arg")
    def f(): pass
def import_multi():
    from math import (
        pi,
        nope,
    )
def aug_sub():
    d = {}
    d[
        "k"
    ] += 1
def kw_multi():
    return dict(
        a=1,
        **{"a": 2},
    )
def call_chain():
    s = "text"
    return (s
            .upper()
            .nope())
def yield_from_multi():
    def g():
        yield from (
            5)
    list(g())
def lambda_multi():
    f = (lambda x:
         x / 0)
    return f(1)
for f in [with_items, raise_multi, compare_multi, unpack_multi, for_multi, decorator_multi,
          import_multi, aug_sub, kw_multi, call_chain, yield_from_multi, lambda_multi]:
    show(f)
