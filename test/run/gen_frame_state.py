# RUN: %difftest %s
# A suspended generator's frame: f_locals shows its current variables, f_lineno the line of
# the yield it is suspended at (single-line statements), f_code.co_name; gi_frame becomes
# None once it finishes; locals of a frame after a throw that was handled.
def walker(items):
    total = 0
    for index, item in enumerate(items):
        total += item
        yield index
    done = True
    yield "end"


g = walker([5, 7])
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals))
next(g)
f = g.gi_frame
print(f.f_lineno, f.f_code.co_name, {k: f.f_locals[k] for k in sorted(f.f_locals)})
next(g)
print(f.f_lineno, f.f_locals["total"])
next(g)
print(f.f_lineno, f.f_locals["done"])
print(next(g, "finished"), g.gi_frame)


def handler():
    try:
        yield "before"
    except ValueError as err:
        message = str(err)
        yield "handled"


h = handler()
next(h)
h.throw(ValueError("boom"))
print(h.gi_frame.f_lineno, h.gi_frame.f_locals["message"], "err" in h.gi_frame.f_locals)
