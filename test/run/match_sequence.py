# RUN: %difftest %s
# Sequence patterns: what counts as a sequence (Py_TPFLAGS_SEQUENCE: list, tuple, range,
# deque, memoryview, array, collections.abc.Sequence subclasses and registered classes; not
# str, bytes, bytearray, iterators or sets), length checks, a starred name anywhere, `*_`
# (indexing instead of unpacking, from the end with len()), nested sequences, and the calls
# each kind of pattern makes on the subject, in order.
import array
import collections
import collections.abc


def shape(x):
    match x:
        case []:
            return "empty"
        case [only]:
            return f"one: {only!r}"
        case [a, b]:
            return f"two: {a!r} {b!r}"
        case [1, *rest]:
            return f"starts with 1, then {rest!r}"
        case [*init, "end"]:
            return f"ends with 'end' after {init!r}"
        case [first, *_, last]:
            return f"first {first!r} last {last!r}"
    return "not a sequence"


for v in [[], (), [1], (2,), "a", b"a", bytearray(b"ab"), [1, 2], (3, 4), range(2),
          [1, 2, 3], (1,), [0, 0, "end"], (5, 6, 7, 8), range(10, 15), collections.deque("xyz"),
          memoryview(b"abc"), array.array("i", [7, 8, 9]), {1, 2, 3}, {"a": 1}, iter([1, 2]), 5,
          "hello", None]:
    print(type(v).__name__, shape(v))


def stars(x):
    match x:
        case [*everything] if len(everything) > 4:
            return ("all", everything)
        case [a, *mid, b, c]:
            return ("middle", a, mid, b, c)
        case [*_, x, y]:
            return ("last two", x, y)
        case [x, *_]:
            return ("first", x)
        case [*_]:
            return "any sequence"


for v in [[1, 2, 3, 4, 5], (1, 2, 3), [1, 2], [9], [], "str"]:
    print(stars(v))


def nested(x):
    match x:
        case [[a, b], [c, d]]:
            return a + b + c + d
        case [[a], *rest] if rest:
            return ("nested head", a, rest)
        case [(1, 2) | [3, 4] as pair, *_]:
            return ("pair", pair)
        case ([x, y], z):
            return ("tuple", x, y, z)
    return None


for v in [[[1, 2], [3, 4]], [[1], 2, 3], [(1, 2), 0], [[3, 4]], ([5, 6], 7), [[1]]]:
    print(nested(v))


log = []


class Traced(collections.abc.Sequence):
    def __init__(self, name, items):
        self.name = name
        self.items = list(items)

    def __len__(self):
        log.append("len")
        return len(self.items)

    def __getitem__(self, i):
        log.append(f"getitem {i!r}")
        return self.items[i]

    def __iter__(self):
        log.append("iter")
        return iter(self.items)

    def __repr__(self):
        return f"Traced({self.name})"


def traced(x):
    match x:
        case [1, 2, 3]:
            log.append("exact")
        case [first, *_, last]:
            log.append(f"ends {first} {last}")
        case [_, *_]:
            log.append("non-empty")
        case [*all_items]:
            log.append(f"all {all_items}")


for items in [[1, 2, 3], [4, 5, 6, 7], [8], []]:
    traced(Traced("t", items))
    print(log)
    log.clear()


class Registered:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i * 10


collections.abc.Sequence.register(Registered)
print(shape(Registered()))


class NotRegistered:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i


print(shape(NotRegistered()))


class MyList(list):
    pass


class MyStr(str):
    pass


print(shape(MyList([1, 2])), shape(MyStr("ab")))
