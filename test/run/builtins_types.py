# RUN: %difftest %s
vals = [1, 1.5, "s", b"b", None, True, [1], (1,), {1: 2}, {1}, range(1), 1j, frozenset(), bytearray()]
for v in vals:
    print(repr(v), type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), callable(v))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int), issubclass(int, (str, object)))
print(type(1) is int, type(True) == bool, type(type(1)).__name__, type(None).__name__)
print(callable(len), callable(print), callable(int), callable("x"), callable(str.upper))
print(int.__name__, str.__name__, len.__name__, type(len).__name__, type(print).__name__)
print(hash(1), hash(-1), hash(0), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30), hash(True))
print(hash((1, 2)) == hash((1, 2)), hash(1.0) == hash(1), hash(0.5), hash(-2))
print(repr(1), repr("a'b"), repr([1, "x"]), repr((1,)), repr({"a": [1]}), repr(None), repr(...), repr(NotImplemented))
print(str(1.0), str([1.0]), str("x"), str(b"x"), str(None), bool("False"), list(str(123)))
print(len("abc"), len([]), len({1: 2}), len(range(0, 10, 3)), len(b"\x00"), len((1, 2)), len({1, 1, 2}))
print(id(1) == id(1), ord("A"), chr(66), getattr(1, "real"), hasattr("x", "upper"), hasattr(1, "nope"))
print(vars().get("vals") is vals, format(1.5))
print(type(3) == type(4), type("") is str, type([]) is list, type({}) is dict, type(()) is tuple, type(set()) is set)
