# RUN: %difftest %s
# A function's builtins are fixed when it is created (func_builtins), as LOAD_GLOBAL reads
# f_builtins: replacing the module's __builtins__ later changes nothing for it or for a
# suspended generator (test_dynamic.RebindBuiltinsTests).
def foo():
    return len([1, 2, 3])


def gen():
    x = range(3)
    yield len(x)
    yield len(x)

g = gen()
print(foo(), next(g))
saved = globals()["__builtins__"]
globals()["__builtins__"] = {"len": lambda x: 7}
try:
    print(foo(), next(g))
finally:
    globals()["__builtins__"] = saved
exec("def late(): return len('ab')", {"__builtins__": {"len": lambda x: 9}}, ns := {})
print(ns["late"]())
