def fastmath(f):
    return f


@fastmath
def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def plain(a):
    return a * 2.0


class V:
    @fastmath
    def norm(self):
        return 1.0


print(dot([1.0, 2.0], [3.0, 4.0]), plain(1.5), V().norm())
