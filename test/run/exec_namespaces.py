# RUN: %difftest %s
# exec/eval with CPython's namespace rules: default globals/locals at module level and in
# a function (exec cannot rebind function locals), explicit dicts (one dict vs separate
# globals and locals: a def inside sees globals only), __builtins__ insertion, restricted
# builtins, and eval seeing the caller's locals.
x = "module x"
exec("y = x + '!'")
print(y)
print(eval("x.upper()"), eval("len(x) + n", {"x": "abc"}, {"n": 10}))

def func():
    local = 5
    exec("local = 99; created = 'new'")
    seen = eval("local * 2")
    ns = {}
    exec("local = 99; created = 'new'", globals(), ns)
    return local, seen, ns, "created" in locals()
print(func())

g = {}
exec("a = 1\ndef f():\n    return a\nr = f()", g)
print(g["r"], "__builtins__" in g, sorted(k for k in g if k != "__builtins__"))

gl, lo = {}, {}
exec("b = 2\ndef f():\n    return b\n", gl, lo)
print(sorted(lo), "b" in gl)
try:
    lo["f"]()
except NameError as e:
    print("NameError:", e)

exec("class C:\n    v = 1\n    w = [v for _ in range(2)] if False else v\n", gl, lo)
print(lo["C"].w)

restricted = {"__builtins__": {"len": len}}
print(eval("len('four')", restricted))
try:
    eval("print('no')", restricted)
except NameError as e:
    print("NameError:", e)

def caller():
    secret = "closure var"
    inner_val = 3
    first = eval("secret + str(inner_val)")
    try:
        # The comprehension is a nested scope of the eval'd code: it cannot see the
        # caller's locals, only the globals.
        return first, eval("[inner_val * i for i in range(3)]")
    except NameError as e:
        return first, "NameError: " + str(e)
print(caller())

print(eval("1 + 2 * 3"), eval(" 7 "), eval("(lambda q: q * 2)(21)"))
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(exec("5"), eval(compile("40 + 2", "<c>", "eval")))
code = compile("for i in range(3):\n    total = total + i\n", "<loop>", "exec")
ns = {"total": 0}
exec(code, ns)
exec(code, ns)
print(ns["total"], code.co_filename, code.co_name)
print(eval("__name__"), eval("__name__", {}), eval("__name__", {"__name__": "custom"}))
exec("raise ValueError('inside exec')")
