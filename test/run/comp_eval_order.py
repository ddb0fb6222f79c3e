# RUN: %difftest %s
# Evaluation order inside comprehensions: dict comprehension key before value (3.8+),
# duplicate keys keep the last value but the first position, nested loop order, conditions
# evaluated per item, and an exception in the middle leaving the target unassigned.
log = []


def k(x):
    log.append(f"k{x}")
    return x % 3


def v(x):
    log.append(f"v{x}")
    return x


d = {k(x): v(x) for x in range(5)}
print(d, log)
log.clear()
print({x: y for x, y in [("a", 1), ("b", 2), ("a", 3)]})
print([(log.append(i) or i, log.append(j) or j) for i in range(2) for j in range(2)], log)


def check(x):
    print("check", x)
    return x != 2


print([x for x in range(4) if check(x)])
result = "unchanged"
try:
    result = [10 // x for x in [5, 2, 0, 1]]
except ZeroDivisionError:
    print("result is still", result)
try:
    result = {x: 1 / x for x in [1, 0]}
except ZeroDivisionError as e:
    print(e, result)
print({**{i: i for i in range(2)}, **{i: -i for i in range(1, 3)}})
s = {(print("elem", i), i)[1] for i in [3, 1, 3]}
print(sorted(s))
