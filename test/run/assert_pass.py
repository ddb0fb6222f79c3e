# RUN: %difftest %s
assert True
assert 1 == 1, "never shown"
assert [1], "non-empty list is truthy"
x = 5
assert x > 0 and x < 10, f"x out of range: {x}"


def check(n):
    assert isinstance(n, int), "need int"
    pass
    return n * 2


print(check(21))
for i in range(3):
    pass
if x:
    pass
else:
    pass


def empty():
    pass


print(empty(), "asserts passed")
