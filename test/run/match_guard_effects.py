# RUN: %difftest %s
# Guards: evaluated only after the pattern matched, in case order, with side effects and a
# walrus binding visible afterwards; a guard that raises (uncaught at the end, with the
# traceback pointing at the guard).
calls = []


def noted(label, result):
    calls.append(label)
    return result


def pick(v):
    match v:
        case int() if noted("int guard", v > 10):
            return "big int"
        case int() | float() if noted("num guard", (half := v / 2) > 1):
            return f"num with half {half}"
        case str() if noted("str guard", False):
            return "never"
        case [x, *_] if noted("seq guard", x):
            return f"truthy head {x}"
        case _ if noted("wildcard guard", True):
            return "wildcard"


for v in [50, 4, 1, "s", [0], [3, 4]]:
    calls.clear()
    print(repr(v), pick(v), calls)


def divide_guard(pair):
    match pair:
        case (a, b) if a / b > 1:
            return "ratio above one"
        case (a, b):
            return "ratio at most one"


print(divide_guard((4, 2)), divide_guard((1, 2)))
print(divide_guard((1, 0)))
