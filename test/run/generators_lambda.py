# RUN: %difftest %s
# A lambda that yields is a generator function, like the equivalent def (its value is the
# generator's return value).
f = lambda: (yield 1)
def g(): return (yield 1)
f2 = lambda: (yield from g())
def g2(): return (yield from g())
f3 = lambda: (yield from f())
def g3(): return (yield from f())
for gen_fun in (f, g, f2, g2, f3, g3):
    gen = gen_fun()
    print(next(gen))
    try:
        gen.send(2)
    except StopIteration as e:
        print("stop", e.value)
both = lambda: [(yield 1), (yield 2)]
print(list(both()))
b = both()
next(b); b.send("x")
try:
    b.send("y")
except StopIteration as e:
    print(e.value)
