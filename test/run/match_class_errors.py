# RUN: %difftest %s
# Errors of class patterns: too many positional sub-patterns for __match_args__ (and for a
# builtin that accepts one), __match_args__ not a tuple, a non-str entry, a name given both
# positionally and as a keyword, a non-class in a class pattern; uncaught at the end.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class ListArgs:
    __match_args__ = ["a"]
    a = 1


class BadEntry:
    __match_args__ = (1,)


def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)


def too_many(p):
    match p:
        case Point(a, b, c):
            return "three"


def builtin_two(v):
    match v:
        case int(a, b):
            return "two"


def list_args(v):
    match v:
        case ListArgs(a):
            return a


def bad_entry(v):
    match v:
        case BadEntry(a):
            return a


def duplicate(p):
    match p:
        case Point(x, x=1):
            return "dup"


not_a_class = len


def not_class(v):
    match v:
        case not_a_class():
            return "?"


attempt("too many", lambda: too_many(Point(1, 2)))
attempt("no match first", lambda: too_many(3))
attempt("builtin", lambda: builtin_two(5))
attempt("list args", lambda: list_args(ListArgs()))
attempt("bad entry", lambda: bad_entry(BadEntry()))
attempt("duplicate", lambda: duplicate(Point(1, 2)))
attempt("not class", lambda: not_class(1))
print(too_many(Point(1, 2)))
