eager = "eager"
calls = []


def __getattr__(name):
    calls.append(name)
    if name == "missing":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if name == "computed_answer":
        return 42
    return "lazy " + name


def __dir__():
    return ["eager", "lazy_one", "lazy_two"]
