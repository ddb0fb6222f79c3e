# RUN: %difftest %s
# Builtin class patterns: int(x)/str(x)/float(x)/bytes(x)/list(x)/dict(x)/tuple(x) bind the
# subject itself, bool is a subclass of int, keyword patterns on builtins (real/imag),
# subclasses of builtins, object() matching everything.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0) | float(0.0):
            return "numeric zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(real=r, imag=0.0):
            return f"float {r}"
        case complex(real=0, imag=i):
            return f"imaginary {i}"
        case complex(real=r, imag=i):
            return f"complex {r} {i}"
        case str("") | bytes(b""):
            return "empty text"
        case str(s):
            return f"str {s!r}"
        case bytes(bs) | bytearray(bs):
            return f"binary {bytes(bs)!r}"
        case list([first, *_]):
            return f"non-empty list starting {first}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case set() | frozenset():
            return f"a set of {len(v)}"
        case object(__class__=cls):
            return f"object of {cls.__name__}"


class MyInt(int):
    pass


class MyStr(str):
    pass


for v in [True, 0, 0.0, -5, 7, MyInt(3), 2.5, 3j, 1 + 2j, "", b"", "txt", MyStr("sub"),
          b"xy", bytearray(b"z"), [9, 8], [], (1, 2), (1, 2, 3), {"k": 1, "j": 2}, {1, 2},
          frozenset(), None, len]:
    print(repr(v) if not callable(v) else "len", "->", kind(v))
