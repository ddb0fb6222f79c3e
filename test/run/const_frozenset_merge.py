# RUN: %difftest %s
# CPython merges equal frozenset constants (the same elements in any order) into the one
# its compiler made first: defaults before the function body, the body where its `def`
# is. Where hashes collide, the order of the elements decides the iteration order.
def f(a={"w19", "w31", "w21", "w18", "w1"}):
    print(list({"w19", "w31", "w21", "w18", "w1"}))
    for x in {"w18", "w21", "w31", "w1", "w19"}:
        print(x, end=" ")
    print()
    print(list(a))


print(list({"w18", "w21", "w31", "w1", "w19"}))
f()
print(list({"w19", "w31", "w21", "w18", "w1"}))
for x in {"w21", "w18", "w1", "w31", "w19"}:
    print(x, end=" ")
print()
print("w1" in {"w1", "w19", "w18", "w21", "w31"})
