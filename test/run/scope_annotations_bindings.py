# RUN: %difftest %s
# Annotations and bindings: module and class __annotations__ collect annotated names in
# order (even without a value), annotations of attributes/subscripts are evaluated but not
# stored, a bare annotation in a function makes the name local (UnboundLocalError) and is
# never evaluated there, class-body annotations see class variables, and an annotated
# name without a value is a NameError at module level. A complex target without a value
# still evaluates its object (and a subscript's key parts) in every scope.
import sys
counter = 0
def tick(tag):
    global counter
    counter += 1
    print("evaluated", tag)
    return tag

first: tick("first") = 1
second: tick("second")
class Obj:
    pass
o = Obj()
o.attr: tick("attr annotation") = 5
d = {}
d["k"]: tick("subscript annotation") = 6
print(__annotations__, o.attr, d)

class C:
    base = int
    x: base = 1
    y: "forward"
    z: list[base]
    def method(self):
        self.inst: tick("never, inside function") = 1
print(C.__annotations__, hasattr(C, "y"), C.x)

def func():
    n: tick("function local annotation")
    try:
        return n
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(func(), func.__code__.co_varnames)
C().method()

def outer():
    v = "outer"
    def inner():
        v: int
        try:
            return v
        except UnboundLocalError:
            return "inner v is local"
    return inner()
print(outer())
print(counter, "annotation evaluations")
(paren): int = 3
print("paren" in __annotations__, paren)
class Empty:
    pass
print(Empty.__dict__.get("__annotations__", "no annotations"))
print(sorted(sys.modules[__name__].__annotations__))
def complex_targets():
    d = {}
    d[tick("key in function")]: tick("never, function scope")
    d[tick("lower"):tick("upper"), tick("elt")]: int
    try:
        undefined_obj.attr: int
    except NameError as e:
        print("NameError:", e)
complex_targets()
class Body:
    (paren_name): tick("class paren annotation") = tick("class value first")
print(Body.__dict__.get("__annotations__", "no annotations"), counter)
print(second)
