# RUN: %difftest %s
# eval()/exec() with no explicit namespaces use the caller's globals and locals(): in a
# class body (the class namespace: exec can add attributes, eval sees them), in a
# comprehension (its own locals: the iteration variable, not the class's names), in a
# generator (locals at the time of each call), in a lambda, and in a method (self).
g = "module g"
class C:
    x = 10
    y = eval("x * 2")
    exec("z = x + y")
    names = sorted(k for k in locals() if len(k) == 1)
    comp = [eval("i") for i in range(3)]
    try:
        comp2 = [eval("x") for _ in range(1)]
    except NameError as e:
        comp2 = "NameError: " + str(e)
    glob = eval("g")
    def method(self):
        return eval("self.x + 1"), eval("type(self).__name__")
print(C.y, C.z, C.names, C.comp, C.comp2, C.glob, C().method())

def gen():
    a = 1
    yield eval("a")
    a = 2
    b = 3
    yield eval("a + b")
print(list(gen()))
lam = lambda p, q=5: eval("p * q")
print(lam(2), (lambda: eval("g"))())

def nested_exec():
    out = {}
    exec("r = [v * 2 for v in range(3)]", {}, out)
    exec("s = sum(v for v in range(4))", {}, out)
    return out
print(nested_exec())

def exec_function_then_locals():
    a = 1
    exec("a = 2; b = 3")
    loc = locals()
    return a, loc.get("a"), loc.get("b")
print(exec_function_then_locals())
print(eval("g", {"g": "explicit"}), eval("g", None, {"g": "explicit locals"}), eval("g", None, None))
try:
    eval("g", [], {})
except TypeError as e:
    print("TypeError:", e)
try:
    eval("g", {}, 5)
except TypeError as e:
    print("TypeError:", e)
class D:
    exec("def generated(self):\n    return __class__")
try:
    D().generated()
except NameError as e:
    print("NameError:", e)
