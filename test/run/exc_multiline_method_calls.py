# RUN: %difftest %s
# Where a traceback points for a method call spread over lines: at `.m(` on the method's
# line for a plain call (keywords too), at the call's first line with *args/**kwargs or
# with 30 or more arguments (CPython 3.11 then compiles it as a plain attribute call);
# attribute loads and multi-target stores on later lines.
import sys, traceback
class Q:
    def m(self, *a, **k):
        raise ValueError("m")
def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stdout)
def star_call():
    q = Q()
    args = [1]
    return (q
            .m(*args))
def kw_star_call():
    q = Q()
    return (q
            .m(**{"a": 1}))
def kw_call():
    q = Q()
    return (q
            .m(a=1,
               b=2))
def many_args():
    q = Q()
    return (q
            .m(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
               23, 24, 25, 26, 27, 28, 29, 30, 31))
def boundary_args():
    q = Q()
    return (q
            .m(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
               23, 24, 25, 26, 27, 28, 29))
def many_with_keywords():
    q = Q()
    return (q
            .m(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
               23, 24, 25, 26, 27, 28, k=1))
def nested_attr():
    class N: pass
    n = N()
    n.inner = N()
    return (n.inner
            .missing)
def store_multi():
    class S:
        __slots__ = ()
    s = S()
    s.x, (s
          .y) = 1, 2
for f in [star_call, kw_star_call, kw_call, many_args, boundary_args, many_with_keywords,
          nested_attr, store_multi]:
    show(f)
