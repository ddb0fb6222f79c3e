# RUN: %difftest %s
# Closures created in loops see the cell's final value (late binding); default-argument
# capture, a factory function, and comprehension/generator closures each get fresh cells
# per call but share one per scope.
fs = []
for i in range(4):
    fs.append(lambda: i * 10)
print([f() for f in fs])
i = 100
print([f() for f in fs])

fixed = [lambda i=i: i * 10 for i in range(4)]
print([f() for f in fixed])
late = [lambda: j for j in range(3)]
print([f() for f in late])

def make_adders():
    adders = []
    for n in range(3):
        def add(x):
            return x + n
        adders.append(add)
    n = 50
    return adders
print([a(1) for a in make_adders()])

def factory(n):
    return lambda x: x + n
print([factory(k)(1) for k in range(3)])

def counters():
    out = []
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    def get():
        return x
    out.extend([inc, get])
    return out
inc1, get1 = counters()
inc2, get2 = counters()
inc1(); inc1(); inc2()
print(get1(), get2(), inc1.__closure__[0] is get1.__closure__[0], inc1.__closure__[0] is inc2.__closure__[0])

gens = [(lambda: k) for k in "ab"]
genexp = list(lambda: m for m in "xy")
print([g() for g in gens], [g() for g in genexp])

def while_closure():
    funcs = []
    k = 0
    while k < 3:
        funcs.append(lambda: k)
        k += 1
    return [f() for f in funcs]
print(while_closure())

def cell_then_rebind():
    v = "first"
    f = lambda: v
    r1 = f()
    v = "second"
    return r1, f()
print(cell_then_rebind())
