# RUN: %difftest %s
# f(*x): a tuple is passed as it is, anything else is made a tuple after the keyword
# arguments are evaluated (CALL_FUNCTION_EX), with CPython's messages.
args = tuple(range(5))
def ident(*a): return a
print(ident(*args) == args)
class T:
    def __call__(self, *a): return a
def order(tag):
    print("eval", tag); return tag
def g():
    print("iterating"); yield 1
print(ident(*g(), **{order("k"): 1}) if False else "skip")
def kw(*a, **k): return a, k
print(kw(*g(), k=order("kwarg")))
try:
    kw(*1)
except TypeError as e: print(e)
try:
    kw(1, *1)
except TypeError as e: print(e)
print(kw(*[1, 2], *"ab", 3))
print(kw(*(x for x in "xy"), **{"a": 1}))
