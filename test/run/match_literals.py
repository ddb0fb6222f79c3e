# RUN: %difftest %s
# Value patterns (==, the subject's __eq__ first), singletons (`is`), or-patterns of
# literals, negative and complex numbers, strings, bytes, dotted names (enums), a match that
# binds nothing, a subject no case matches, match at module level.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Consts:
    ANSWER = 42
    NAME = "pylc"


def describe(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1 | 2 | 3:
            return "small"
        case 2.5:
            return "two and a half"
        case -1.5e3:
            return "minus fifteen hundred"
        case 1 + 2j:
            return "complex"
        case -3j:
            return "imaginary"
        case "hello" | "hi":
            return "greeting"
        case "con" "cat":
            return "concatenated"
        case b"bytes":
            return "bytes"
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Consts.ANSWER:
            return "answer"
        case Consts.NAME:
            return "name"
    return "no match"


for v in [0, 0.0, False, -1, 1, True, 2, 3.0, 2.5, -1500, 1 + 2j, -3j, "hello", "hi", "concat",
          b"bytes", bytearray(b"bytes"), Color.RED, Color.GREEN, 1.0, 42, 42.0, "pylc", None, [],
          "HELLO"]:
    print(repr(v), describe(v))


def singleton(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
    return "not a singleton"


for v in [None, True, False, 1, 0, 1.0, 0.0, "", [], (), 2]:
    print(repr(v), singleton(v))


class Loose:
    """Equal to everything: a value pattern asks the subject first."""

    def __eq__(self, other):
        print("  Loose.__eq__", repr(other))
        return True


class Never:
    def __eq__(self, other):
        print("  Never.__eq__", repr(other))
        return False


print(describe(Loose()))
print(describe(Never()))
print(singleton(Loose()))

# Module level: the subject is a global, nothing is bound, and no case matches.
answer = 7
match answer:
    case 1:
        print("one")
    case 2 | 3:
        print("two or three")
print("after the match", answer)

match answer:
    case 7:
        print("seven")
    case _:
        print("unreachable")

match "text":
    case 1 | 2:
        pass
print("nothing matched")
