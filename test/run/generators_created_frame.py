# RUN: %difftest %s
# A generator, coroutine or async generator that has not started has its frame at the
# first unit (CPython's RETURN_GENERATOR): f_lineno is the def line, and a throw() into it
# has its traceback entry there.
def g(a):
    def inner():
        return a
    yield 1


async def ag(b):
    def inner():
        return b
    yield 1


async def co():
    pass


def h():
    yield 1


for gen, frame in ((g(1), lambda x: x.gi_frame), (ag(2), lambda x: x.ag_frame),
                   (co(), lambda x: x.cr_frame), (h(), lambda x: x.gi_frame)):
    f = frame(gen)
    print(f.f_lineno, f.f_lasti, f.f_code.co_name)
    if hasattr(gen, "close"):
        gen.close()
z = h()
z.throw(KeyError("k"))
