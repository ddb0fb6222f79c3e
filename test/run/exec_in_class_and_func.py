# RUN: %difftest %s
# exec() inside a class body writes into the class namespace (a real dict); exec inside a
# function writes into a locals() snapshot that later reads of locals() see but plain
# names do not; eval with explicit locals mapping (a custom Mapping); exec with a closure
# variable (invisible).
class Built:
    exec("generated = 1 + 1")
    exec("def made(self):\n    return 'made method'")
    names = sorted(k for k in locals() if not k.startswith("__"))
print(Built.generated, Built().made(), Built.names)

def in_function():
    exec("newvar = 'from exec'")
    snap = locals()
    try:
        newvar
    except NameError as e:
        print("NameError:", e)
    return snap.get("newvar")
print(in_function())

def via_dict():
    ns = {"a": 1}
    exec("a += 1\nb = a * 10", ns)
    return ns["a"], ns["b"]
print(via_dict())

class Lookup(dict):
    def __missing__(self, key):
        return "<%s>" % key
print(eval("alpha + ' ' + beta", {}, Lookup(alpha="A")))
class Mapping:
    def __getitem__(self, k):
        if k == "known":
            return 5
        raise KeyError(k)
print(eval("known * 2", {}, Mapping()))
try:
    eval("unknown", {}, Mapping())
except NameError as e:
    print("NameError:", e)

def closure():
    hidden = "cell"
    def inner():
        return eval("hidden")
    try:
        return inner()
    except NameError as e:
        return "NameError: " + str(e)
print(closure())

def with_free_used():
    visible = "cell"
    def inner():
        visible
        return eval("visible")
    return inner()
print(with_free_used())

g = {"__builtins__": __builtins__}
exec("import math\nresult = math.floor(2.5)", g)
print(g["result"], "math" in g)
try:
    exec("yield 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
exec("def boom():\n    raise TypeError('exec-defined function')\n")
boom()
