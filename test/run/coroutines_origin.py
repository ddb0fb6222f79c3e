# RUN: %difftest %s
# sys.set_coroutine_origin_tracking_depth: cr_origin names the frames that created a
# coroutine, and the "never awaited" warning shows them; when warnings'
# _warn_unawaited_coroutine fails, that error is unraisable and a plain warning follows.
import gc
import sys
import warnings


async def corofn():
    pass


def make():
    return corofn()


def outer():
    return make()


print(corofn().cr_origin if False else None)
c = corofn()
print(c.cr_origin)
c.close()
sys.set_coroutine_origin_tracking_depth(1)
c = make()
print([(f.rsplit("/", 1)[-1], line, name) for f, line, name in c.cr_origin])
c.close()
sys.set_coroutine_origin_tracking_depth(3)
c = outer()
print([(f.rsplit("/", 1)[-1], line, name) for f, line, name in c.cr_origin])
c.close()
sys.set_coroutine_origin_tracking_depth(100)
c = outer()
print(len(c.cr_origin))
c.close()

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    sys.set_coroutine_origin_tracking_depth(2)
    outer()
    gc.collect()
    sys.set_coroutine_origin_tracking_depth(0)
    make()
    gc.collect()
for m in w:
    print(m.category.__name__, str(m.message).replace(__file__, "FILE"))


def hook(u):
    print("unraisable", u.exc_type.__name__, u.object.__qualname__)


sys.unraisablehook = hook
orig = warnings._warn_unawaited_coroutine
warnings._warn_unawaited_coroutine = lambda coro: 1 / 0
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    make()
    gc.collect()
for m in w:
    print(m.category.__name__, m.message)
warnings._warn_unawaited_coroutine = orig
