# RUN: %difftest %s
# yield in unusual expression positions: as a call argument, in a conditional, inside an
# f-string, in a lambda (a generator lambda), on the right of an augmented assignment,
# in a subscript, and yield of a tuple without parentheses.
def forms():
    print("arg:", (yield 1))
    x = (yield 2) if True else None
    print("cond:", x)
    print(f"fstr: {(yield 3)}")
    total = 10
    total += yield 4
    print("aug:", total)
    d = {"k": "v"}
    print("subscript:", d[(yield 5)])
    got = yield 6, 7
    print("tuple yield got", got)
    return "end"


g = forms()
print(next(g))
for value in ["A", "B", "C", 5, "k", "last"]:
    try:
        print(g.send(value))
    except StopIteration as e:
        print("stop", e.value)
gl = lambda: (yield "from lambda")
lg = gl()
print(gl.__name__, next(lg))


def yield_none():
    yield
    x = yield
    print("x", x)


print(list(yield_none()))
