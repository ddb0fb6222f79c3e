# RUN: %difftest %s
# `for x in {constants}` and `x in {constants}` use the frozenset constant itself, and
# `for x in [constants]` a tuple constant, as CPython's AST optimiser arranges.
for x in {2**40, 15, 7, 2**40 + 7}:
    print(x, end=" ")
print()
for x in {"w13", "w27", "w1", "w33", "w14", "w28", "w31", "w35", "w22"}:
    print(x, end=" ")
print()
# (None and Ellipsis hash by address, so they are left out of sets here.)
for x in {(1, 2), 3, "four", 5.0, b"six", (6, 7.5)}:
    print(x, end=" ")
print()
for x in [2**40, 1, (2, 3)]:
    print(x, end=" ")
print()
for x in {1, 1.0, True}:
    print(repr(x))
else:
    print("else")

w = "w1"
print(w in {"w13", "w27", "w1"}, w not in {"w13", "w27", "w1"}, 7 in {2**40, 15, 7})
print(1.0 in {1, 2, 3}, True in {2, 3, 1}, (1, 2) in {(1, 2), (3,)}, [] in [1, 2])
print(0 < 1 in [1, 2], 2 in [1, 2] in [[1, 2]], "a" in ["a"] in [["a"]])
a, b = 3, 4
print(a in [a, b], not (a in [b]), not (a is b), not (a not in [a]))
try_set = {"w33", "w14", "w28"}
print(try_set, "w14" in try_set)


def g(k):
    hits = []
    for x in {"w13", "w27", "w1", "w33", "w14", "w28", "w31", "w35", "w22"}:
        if x in {"w1", "w33", "w35"} and k:
            hits.append(x)
    return hits


print(g(True), g(False))
