# RUN: %difftest %s
# A generator expression evaluates its first iterable (and calls iter on it) immediately,
# everything else lazily on iteration: errors in the first iterable appear at creation,
# errors in later clauses at the first next(); late binding of names used inside.
def noisy(name, items):
    print("evaluating", name)
    return items


g = (x + y for x in noisy("outer", [1, 2]) for y in noisy("inner", [10]))
print("created")
print(next(g))
print(list(g))
try:
    g2 = (x for x in 42)
except TypeError as e:
    print("at creation:", e)
g3 = (x for x in [1] for y in 42)
print("created g3")
try:
    next(g3)
except TypeError as e:
    print("at next:", e)
n = 1
g4 = (x * n for x in range(3))
n = 10
print(list(g4))
src = [1, 2]
g5 = (x for x in src)
src = [100]
print(list(g5))
items = [1, 2, 3]
g6 = (x for x in items)
items.append(4)
print(list(g6))


class Lazy:
    def __iter__(self):
        print("__iter__ called")
        return iter([7])


g7 = (v for v in Lazy())
print("before next")
print(next(g7))
gen = (i for i in range(3))
print(gen.gi_frame.f_locals.get(".0") is not None, gen.gi_code.co_name)
