# RUN: %difftest %s
# f_lineno of a frame an exception left through a re-raise (PEP 626): a with statement puts
# the frame back at the raising line, a finally body leaves it at its last line, an
# unmatched except at the clause.
class Noop:
    def __enter__(self): return self
    def __exit__(self, *a): pass
def lines(f):
    try:
        f()
    except Exception as ex:
        t = ex.__traceback__.tb_next
    out = []
    while t:
        out.append(t.tb_frame.f_lineno - t.tb_frame.f_code.co_firstlineno)
        t = t.tb_next
    return out
def in_try():
    try:
        1/0
    finally:
        pass
def after_with():
    with Noop():
        1/0
        pass
def finally_if(x=1):
    try:
        1/0
    finally:
        if x:
            y = 1
        else:
            y = 2
def other_except():
    try:
        1/0
    except TypeError as ex:
        pass
def nested():
    with Noop():
        try:
            1/0
        finally:
            z = 3
for f in (in_try, after_with, finally_if, other_except, nested):
    print(f.__name__, lines(f))


def gen():
    try:
        yield 1
        1/0
    finally:
        w = 0


def gen_lines():
    g = gen()
    next(g)
    next(g)

print("gen", lines(gen_lines))

# The last statement of a finally body, through compound statements.
def b():
    try:
        1/0
    finally:
        try:
            y = 1
        except E:
            pass
def b2():
    try:
        1/0
    finally:
        try:
            y = 1
        except E:
            pass
        else:
            y = 2
def b3():
    try:
        1/0
    finally:
        try:
            y = 1
        finally:
            y = 3
def d():
    try:
        1/0
    finally:
        match 1:
            case 2: pass
            case _: z = 1
def w():
    try:
        1/0
    finally:
        with Noop():
            z = 1
def e():
    try:
        1/0
    finally:
        if z := 0:
            pass
class K:
    pass
def k():
    try:
        1/0
    finally:
        class L: pass
for f in (b, b2, b3, d, w, e, k):
    print(f.__name__, lines(f))

after_with()
