# RUN: %difftest %s
# with with several items: enter order, exit order (reverse), an inner __exit__ that
# suppresses so outer ones see no exception, exit arguments, values of as-targets.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.suppress


with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body", a, b, c)

with CM("outer"), CM("inner", suppress=True):
    raise ValueError("suppressed by inner")
print("after first")

with CM("outer", suppress=True), CM("inner"):
    raise KeyError("suppressed by outer")
print("after second")


def ret():
    with CM("r1"), CM("r2", suppress=True):
        return "returned"


print(ret())


class Truthy:
    def __exit__(self, *a):
        print("truthy exit")
        return [1]

    def __enter__(self):
        return self


with Truthy():
    raise RuntimeError("truthy suppresses")
print("after truthy")

for i in range(3):
    with CM(f"loop{i}", suppress=True):
        if i == 1:
            continue
        raise ZeroDivisionError(i)
print("done")
