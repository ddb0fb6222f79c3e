# RUN: %difftest %s
# Matching split command lines: sequence patterns with literals, star captures, nested
# or-patterns, guards that fail and leave captures bound, str not matching sequence patterns.
def run(command):
    match command.split():
        case []:
            return "empty"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", *other]:
            return f"cannot go {' '.join(other) or 'nowhere'}"
        case ["take", item, *rest] if not rest:
            return f"taking {item}"
        case ["take", *items]:
            return f"taking {len(items)} things: {', '.join(items)}"
        case ["drop", ("all" | "everything")]:
            return "dropping all"
        case [("quit" | "exit" | "bye")]:
            return "bye"
        case [verb, *_] if verb.startswith("#"):
            return "comment"
        case [single]:
            return f"unknown word {single!r}"
        case [first, second]:
            return f"two words {first}/{second}"
        case [first, *middle, last]:
            return f"{first}..{last} ({len(middle)} between)"


for line in ["", "go north", "go up", "go", "take lamp", "take a b c", "drop everything",
             "exit", "# note here", "xyzzy", "hello world", "a b c d"]:
    print(repr(line), "->", run(line))


def string_subject(s):
    match s:
        case [a, b]:
            return f"sequence {a},{b}"
        case str() if len(s) == 2:
            return "two-char str"
        case _:
            return "other"


print(string_subject("ab"), string_subject(["a", "b"]), string_subject(("x", "y")))
print(string_subject(b"ab"), string_subject(bytearray(b"ab")), string_subject(range(2)))


def guard_bindings(pair):
    x = y = "unset"
    match pair:
        case (x, y) if x > y:
            result = "descending"
        case _:
            result = "other"
    return result, x, y


print(guard_bindings((3, 1)), guard_bindings((1, 3)), guard_bindings([1, 2, 3]))
