# RUN: %difftest %s
# A tokenizer and a state machine driven by match on (state, char-class) tuples, with
# or-patterns over string literals, captures and a guard; an invalid input at the end
# raises (uncaught).
def char_class(c):
    match c:
        case "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9":
            return "digit"
        case "+" | "-" | "*" | "/":
            return "op"
        case " ":
            return "space"
        case "(" | ")":
            return "paren"
        case _:
            return "other"


def tokenize(text):
    tokens, state, current = [], "start", ""
    for c in text + " ":
        match (state, char_class(c)):
            case ("start", "digit"):
                state, current = "number", c
            case ("number", "digit"):
                current += c
            case ("number", kind):
                tokens.append(("NUM", int(current)))
                state, current = "start", ""
                if kind in ("op", "paren"):
                    tokens.append((kind.upper(), c))
                elif kind == "other":
                    raise SyntaxError(f"unexpected {c!r} after number")
            case ("start", "op" | "paren" as kind):
                tokens.append((kind.upper(), c))
            case ("start", "space"):
                pass
            case (st, "other"):
                raise ValueError(f"bad character {c!r} in state {st}")
    return tokens


print(tokenize("12 + 3*(45-6)"))
print(tokenize("7"))
for bad in ["1 + x", "12a"]:
    try:
        tokenize(bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e)
tokenize("1 ? 2")
