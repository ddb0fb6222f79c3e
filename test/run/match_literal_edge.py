# RUN: %difftest %s
# Literal patterns at the edges: None/True/False compare by identity (1 does not match
# True, 0.0 does not match False), -1, complex literals, -0.0 vs 0, float == int,
# concatenated strings, and bytes vs str.
def classify(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case -1:
            return "minus one"
        case 0:
            return "zero"
        case 1.5:
            return "one and a half"
        case 2j:
            return "two j"
        case -1 + 2j:
            return "complex -1+2j"
        case 3 - 4j:
            return "complex 3-4j"
        case "hello " "world":
            return "greeting"
        case b"raw":
            return "bytes"
        case "":
            return "empty str"
        case _:
            return f"other {v!r}"


for v in [None, True, False, 1, 0, 0.0, -0.0, -1, -1.0, 1.5, 3 / 2, 2j, complex(0, 2),
          -1 + 2j, 3 - 4j, "hello world", b"raw", "raw", "", b"", [], 1e400 - 1e400]:
    print(repr(v), "->", classify(v))


class AlwaysEqual:
    def __eq__(self, other):
        return True

    def __repr__(self):
        return "AlwaysEqual()"


print(classify(AlwaysEqual()))


def bool_vs_int(v):
    match v:
        case 1:
            return "one"
        case _:
            return "no"


print(bool_vs_int(True), bool_vs_int(1.0), bool_vs_int(1 + 0j))
