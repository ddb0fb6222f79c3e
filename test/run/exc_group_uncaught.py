# RUN: %difftest %s
# An uncaught nested ExceptionGroup: the boxed traceback rendering with +-+---- borders,
# numbered sub-exceptions, nested groups, notes, and each leaf's own traceback.
def fail_value(n):
    raise ValueError(f"bad value {n}")


def fail_type():
    raise TypeError("bad type")


def collect(funcs):
    errors = []
    for f in funcs:
        try:
            f()
        except Exception as e:
            errors.append(e)
    return errors


def inner_group():
    errs = collect([lambda: fail_value(2), fail_type])
    return ExceptionGroup("inner problems", errs)


def main():
    errs = collect([lambda: fail_value(1)])
    errs.append(inner_group())
    eg = ExceptionGroup("several problems", errs)
    eg.add_note("while running main")
    raise eg


main()
