# RUN: %difftest %s
# Binding rules: names bound by a successful pattern stay after the match; a failed guard
# leaves the case's captures bound; a pattern that fails part-way binds nothing (CPython
# stores captures only once the whole pattern matched); wildcards bind nothing; a match
# with no matching case changes nothing; captures in nested or-patterns.
def scenario(subject):
    a = b = "before"
    match subject:
        case [a, b] if a == b:
            outcome = "equal pair"
        case [a, 0]:
            outcome = "ends in zero"
        case _:
            outcome = "fallthrough"
    return outcome, a, b


for s in [[1, 1], [1, 2], [5, 0], [1, 2, 3], "ab"]:
    print(s, scenario(s))


def no_binding(subject):
    match subject:
        case _:
            pass
    return "_" in locals(), list(locals())


print(no_binding(42))


def or_binding(subject):
    match subject:
        case (1, x) | (x, 1):
            return "or", x
        case [*_, (2 | 3) as last] | [last]:
            return "star-or", last
        case {"a": 1 | 2 as v} | {"b": v}:
            return "map-or", v
    return "none", None


for s in [(1, 5), (7, 1), [0, 0, 3], [4], {"a": 2}, {"b": 9}, {"a": 3}, ()]:
    print(s, or_binding(s))


def unmatched():
    x = "x kept"
    match 99:
        case [x]:
            pass
        case {"k": x}:
            pass
    return x


print(unmatched())
value = ("module", "level")
match value:
    case (first, second):
        pass
print(first, second)
