# RUN: %difftest %s
# return inside a generator's finally: swallows GeneratorExit on close (close returns
# None), swallows an exception thrown in (throw raises StopIteration with the value), and
# overrides the value of a normal return.
def gen_close():
    try:
        yield 1
    finally:
        return "from finally"


g = gen_close()
next(g)
print(g.close())


def gen_throw():
    try:
        yield 1
    finally:
        return "swallowed throw"


g = gen_throw()
next(g)
try:
    g.throw(ValueError("v"))
except StopIteration as e:
    print("StopIteration", e.value)


def gen_override():
    try:
        yield 1
        return "normal"
    finally:
        return "override"


print(list(gen_override()))
g = gen_override()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value)


def gen_yield_in_finally():
    try:
        yield "body"
    finally:
        yield "cleanup"


g = gen_yield_in_finally()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(gen_yield_in_finally()))
