# RUN: %difftest %s
# Nested classes (__qualname__, no access to the enclosing class scope from methods),
# class bodies with side effects: prints, loops, conditionals, comprehensions (which cannot
# see class variables except the first iterable), try/except and del in a class body.
print("before")
class Outer:
    print("Outer body start")
    value = 10
    class Inner:
        print("Inner body")
        value = 20
        class Deepest:
            def where(self):
                return type(self).__qualname__
        def get(self):
            try:
                return value
            except NameError as e:
                return "NameError: " + str(e)
    squares = []
    for i in range(4):
        if i % 2:
            squares.append(i * i)
    del i
    if value > 5:
        mode = "big"
    else:
        mode = "small"
    try:
        int("x")
    except ValueError:
        parsed = None
    doubled = [value * k for k in range(3)] if False else None
    first_iter = [v for v in [value, value]]
    try:
        bad = [value for _ in range(1)]
    except NameError as e:
        bad = "NameError in comprehension"
    temp = "gone"
    del temp
    print("Outer body end")

print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.Deepest().where(), Outer.Inner().get())
print(Outer.squares, Outer.mode, Outer.parsed, Outer.first_iter, Outer.bad)
print(hasattr(Outer, "i"), hasattr(Outer, "temp"))
print(sorted(k for k in vars(Outer) if not k.startswith("__")))

def factory(n):
    class Made:
        count = n
        def get(self):
            return n * 2
    return Made
M1, M2 = factory(1), factory(2)
print(M1.count, M2().get(), M1.__qualname__, M1 is M2)

class Counter:
    total = 0
    def bump(self):
        Counter.total += 1
        self.total = -1
c = Counter()
c.bump(); c.bump()
print(Counter.total, c.total, Counter().total)
