# RUN: %difftest %s
# When names are bound: a case's captures are stored only once its whole pattern matched,
# before the guard runs, so a failed guard leaves them bound and a failed pattern binds
# nothing (earlier values stay). Or-patterns bind the same names whichever alternative
# matched, in any order; `as` captures the whole; `_` and `*_` bind nothing. Also the
# subject is evaluated once and released before the body runs.


def attempt(v):
    a = b = -1
    match v:
        case [a, b, 0]:
            result = "ends in zero"
        case [a, 1] if b == "never":
            result = "unreachable"
        case [b, 2] if a > b:
            result = "descending"
        case [x, y] if (z := x + y) > 100:
            result = f"big sum {z}"
        case _:
            result = "no case"
    local = {k: v for k, v in locals().items() if k != "v"}
    return result, sorted(local.items(), key=lambda kv: kv[0])


for v in [[1, 2, 0], [5, 1], [3, 2], [1, 2], [60, 70], "no"]:
    print(attempt(v))


def alternatives(v):
    match v:
        case [x, "a"] | ["b", x] | {"x": x}:
            return ("one name", x)
        case (p, q, 1) | (q, 2, p) | {"p": p, "q": q}:
            return ("two names", p, q)
        case [[first, *_] | (first,)] as whole:
            return ("nested", first, whole)
        case int() | float() as number if number > 0:
            return ("positive number", number)
        case (1 | 2) as small:
            return ("small", small)
    return None


for v in [[1, "a"], ["b", 2], {"x": 3}, (4, 5, 1), (6, 2, 7), {"q": 8, "p": 9},
          [[10, 11]], [(12,)], 3.5, 2, -1]:
    print(alternatives(v))


calls = 0


def subject():
    global calls
    calls += 1
    return [1, 2, 3]


match subject():
    case [1]:
        pass
    case [1, 2]:
        pass
    case [*_, 3] as seq if len(seq) == 3:
        print("matched", seq)
print("the subject was evaluated", calls, "time(s)")

# Module level: captures are globals.
match {"name": "pylc", "version": (0, 1)}:
    case {"name": str(project), "version": (major, minor)}:
        pass
print(project, major, minor, "project" in globals())

# `_` never binds.
match [1, 2]:
    case [_, _]:
        pass
print("_" in globals())


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  released", self.name)


def lifetimes():
    match Tracked("first"):
        case Tracked(name="first"):
            print("  body of the first case")
    match Tracked("second"):
        case int():
            pass
        case Tracked():
            print("  body of the second case")
        case _:
            pass
    match Tracked("third"):
        case int():
            pass
        case _:
            print("  default case")
    match [Tracked("captured")]:
        case [item]:
            print("  item is", item.name)
    print("  end of function")


lifetimes()
