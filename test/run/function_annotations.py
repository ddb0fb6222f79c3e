# RUN: %difftest %s
# __annotations__ and __kwdefaults__, in CPython's order.
def ann(a: int, /, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    pass
print(ann.__annotations__)
print(ann.__kwdefaults__, ann.__defaults__)
def none(): pass
print(none.__annotations__)
x: int = 5
print(__annotations__)
