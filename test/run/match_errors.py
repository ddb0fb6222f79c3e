# RUN: %difftest %s
# Errors raised while matching, with their tracebacks (printed by traceback.print_exc, and
# one uncaught at the end): each points where CPython 3.11's does, at the pattern being
# matched, or at the pattern its compiler visited last (a `**rest` after `v`, the second
# index of `[a, *_, b]` at `a`).
import collections.abc
import sys
import traceback


def show(f, *args):
    try:
        f(*args)
    except Exception:
        traceback.print_exc(file=sys.stdout)


class BadEq:
    def __eq__(self, other):
        raise RuntimeError("__eq__ failed")


class NS:
    bad = BadEq()


def value_eq(v):
    match v:
        case [1, NS.bad]:
            pass


class Falsy:
    def __bool__(self):
        raise ValueError("__bool__ failed")


class WeirdEq:
    def __eq__(self, other):
        return Falsy()


def value_truth(v):
    match v:
        case 1:
            pass


class Seq(collections.abc.Sequence):
    def __init__(self, n, bad):
        self.n, self.bad = n, bad

    def __len__(self):
        if self.bad == "len":
            raise OSError("__len__ failed")
        return self.n

    def __getitem__(self, i):
        if i == self.bad:
            raise IndexError(f"__getitem__({i}) failed")
        return i


def sequence(v):
    match v:
        case [a, *_, b]:
            return a, b


class C:
    __match_args__ = ["x"]


class D:
    __match_args__ = ("x", 1)
    x = 0


class E:
    __match_args__ = ("x",)

    @property
    def x(self):
        raise ZeroDivisionError("property failed")


def classes(v):
    match v:
        case C(
            1
        ):
            pass
        case D(_, _):
            pass
        case E(x=x, y=y):
            pass
        case E(x):
            pass


not_a_class = len


def not_type(v):
    match v:
        case {"k": 1}:
            pass
        case not_a_class():
            pass


def too_many(v):
    match v:
        case int(a, b):
            pass


class Same:
    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        return isinstance(other, Same)

    def __hash__(self):
        return 0

    def __repr__(self):
        return f"Same({self.tag})"


class Keys:
    first = Same(1)
    second = Same(2)


def duplicate_keys(v):
    match v:
        case {Keys.first: 1, Keys.second: 2}:
            pass


class BadGet(dict):
    def get(self, key, default=None):
        raise KeyError(f"get({key!r}) failed")


def mapping(v):
    match v:
        case {"a": 1}:
            pass


class Missing(collections.abc.Mapping):
    """get() finds "k", but the copy for **rest has no "k" to delete."""

    def __getitem__(self, key):
        return {"z": 0}[key]

    def __iter__(self):
        return iter(["z"])

    def __len__(self):
        return 1

    def get(self, key, default=None):
        return "value"


def rest(v):
    match v:
        case {"k": v, **others}:
            pass


def guard(v):
    match v:
        case [a, b] if a / b:
            pass


show(value_eq, [1, 2])
show(value_truth, WeirdEq())
show(sequence, Seq(3, "len"))
show(sequence, Seq(3, 0))
show(sequence, Seq(3, 2))
show(classes, C())
show(classes, D())
show(classes, E())
show(not_type, 5)
show(too_many, 5)
show(duplicate_keys, {Keys.first: 1, "other": 2})
show(mapping, BadGet(a=1))
show(rest, Missing())
show(guard, [1, 0])


def uncaught():
    match {"point": (1, 2)}:
        case {"point": (x, y, *_)} if x:
            match y:
                case int(
                    value, extra
                ):
                    pass


uncaught()
