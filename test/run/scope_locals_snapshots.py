# RUN: %difftest %s
# locals() snapshots in functions: deleted names (parameters, cell variables) disappear,
# rebinding brings them back, free variables show in the inner function, the same dict
# is returned and refreshed (extra keys stay), the except target is gone after the
# handler; vars() of a module and a class, locals() in a class body writing attributes.
import sys
def f(a, b):
    c = 3
    del b
    snap1 = sorted(locals())
    def inner():
        return a
    del a
    snap2 = sorted(locals())
    a = "back"
    return snap1, snap2, sorted(locals())
print(f(1, 2))
def cells():
    x = 1
    def g():
        nonlocal x
        x += 1
        return sorted(locals().items())
    r = g()
    return r, sorted(k for k in locals())
print(cells())
print(vars(sys) is sys.__dict__, sorted(vars(type("T", (), {"a": 1})).keys())[:3])
class S:
    __slots__ = ("a",)
try:
    vars(S())
except TypeError as e:
    print("TypeError:", e)
def loc_loop():
    out = []
    for i in range(2):
        out.append(sorted(locals()))
    return out
print(loc_loop())
def args_kwargs(*args, **kwargs):
    return locals()
print(args_kwargs(1, k=2))
def default_locals(x=[]):
    l = locals()
    l["x"].append(1)
    l["new"] = 5
    return x, "new" in locals(), locals().get("new")
print(default_locals())
class Cls:
    a = 1
    l = locals()
    l["injected"] = "via locals()"
print(Cls.injected)
def with_exc():
    try:
        1 / 0
    except ZeroDivisionError as err:
        inside = sorted(locals())
    return inside, sorted(locals())
print(with_exc())
