# RUN: %difftest %s
# Sequence patterns over different subject types: list vs tuple patterns are the same,
# str/bytes/dict/set/iterators never match, nested stars in sub-patterns, star capturing a
# list even from a tuple, and length checks with star patterns.
import collections


def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case (x, y):
            return f"two {x!r} {y!r}"
        case [first, *middle, last] if not middle:
            return "unreachable"
        case [first, [*inner], *rest]:
            return f"nested inner={inner} rest={rest}"
        case [*head, last]:
            return f"head={head} last={last!r}"
        case _:
            return f"no: {type(v).__name__}"


subjects = [[], (), [1], ("a",), [1, 2], (1, 2), range(2), [1, (2, 3), 4], (0, [9], 8, 7),
            [1, 2, 3], collections.deque([5, 6, 7]), "ab", b"ab", {"a": 1}, {1, 2},
            iter([1, 2]), memoryview(b"xyz")]
for s in subjects:
    print(shape(s))
match (1, 2, 3):
    case [*star]:
        print(type(star).__name__, star)
match [1, [2, [3, 4]]]:
    case [a, [b, [*cs]]]:
        print(a, b, cs)
