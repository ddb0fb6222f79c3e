# RUN: %difftest %s
# Calls crossing between compiled functions and code made by exec/compile, in both
# directions and several times: results, a traceback alternating compiled frames and
# <string>/<generated> frames, and the same uncaught at the end.
def compiled_helper(x):
    return compiled_inner(x) + 1
def compiled_inner(x):
    if x > 2:
        raise ValueError("too big: %d" % x)
    return x
ns = {"helper": compiled_helper}
exec("def interp(v):\n    return helper(v) * 2\nresult = [interp(i) for i in range(3)]", ns)
print(ns["result"])
code = compile("def again(v):\n    return interp(v)\n", "<generated>", "exec")
exec(code, ns)
print(ns["again"](1))
def compiled_calls_interp(v):
    return ns["again"](v)
try:
    compiled_calls_interp(5)
except ValueError as e:
    import traceback
    print([(f.filename.rsplit("/", 1)[-1], f.name) for f in traceback.extract_tb(e.__traceback__)])
print(eval("helper(2)", ns))
compiled_calls_interp(7)
