# RUN: %difftest %s
# Where a match runs: fast locals of a function, cells (a capture used by a closure), a
# `global` or `nonlocal` capture, a class body (its namespace, with private name mangling),
# a generator (a `yield` in a guard and in bodies), loops (break/continue/return in a case
# body, through try/finally), an except handler (return from a case body in it), and nested
# matches.


def closures(v):
    match v:
        case (x, y):
            def product():
                return x * y

            return product()
        case [*items]:
            return lambda: sum(items)
    return None


print(closures((3, 4)), closures([1, 2, 3])(), closures("s"))

counter = 0


def bump(v):
    global counter
    match v:
        case {"by": counter}:
            pass
    return counter


print(bump({"by": 5}), counter, bump({}), counter)


def outer():
    found = None

    def inner(v):
        nonlocal found
        match v:
            case [found, *_]:
                return True
        return False

    return inner([7, 8]), inner([]), found


print(outer())


class Config:
    settings = {"debug": True, "level": 3, "name": "x"}
    match settings:
        case {"debug": bool(debug), **__rest}:
            level = __rest["level"]
    del settings


print(sorted(k for k in vars(Config) if not k.startswith("__")), Config.debug, Config.level,
      Config._Config__rest)


def tokens(items):
    for item in items:
        match item:
            case int(n) if (yield ("int?", n)):
                yield ("accepted", n)
            case str() as s:
                yield ("str", s.upper())
            case [*parts]:
                yield from parts
            case _:
                yield ("other", item)


gen = tokens([1, "ab", [2, 3], 4, None])
print(next(gen))
print(gen.send(True))
print(next(gen), next(gen), next(gen), next(gen))
print(gen.send(False), list(gen))


def control(items):
    seen = []
    for item in items:
        match item:
            case "skip":
                continue
            case "stop":
                break
            case ["return", value]:
                try:
                    return seen, value
                finally:
                    seen.append("finally")
            case [*inner]:
                for x in inner:
                    match x:
                        case 0:
                            break
                        case _:
                            seen.append(x)
            case other:
                seen.append(other)
    else:
        seen.append("no break")
    return seen, None


print(control(["a", "skip", [1, 2, 0, 3], "b"]))
print(control(["a", "stop", "b"]))
print(control(["a", ["return", 42], "b"]))


def classify_all(rows):
    return [kind for row in rows for kind in [classify(row)]]


def classify(row):
    match row:
        case {"type": "user", "name": name} if [c for c in name if c.isupper()]:
            return f"User {name}"
        case {"type": "user"}:
            return "user"
        case {"type": t}:
            return t
    return "?"


print(classify_all([{"type": "user", "name": "Ann"}, {"type": "user", "name": "bo"},
                    {"type": "group"}, {}]))


def in_handler(v):
    try:
        raise KeyError(v)
    except KeyError as e:
        match e.args:
            case (str(s),):
                return "str", s
            case ([*items],):
                return "list", items
    return "nothing"


print(in_handler("x"), in_handler([1, 2]), in_handler(3))
