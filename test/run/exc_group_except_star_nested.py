# RUN: %difftest %s
# except* over nested groups: each clause gets a group with the matching leaves in their
# nesting, unmatched leaves propagate as a group, handlers run at most once each.
def run(eg):
    try:
        raise eg
    except* ValueError as e:
        print("ValueError clause:", repr(e))
    except* (TypeError, KeyError) as e:
        print("Type/Key clause:", repr(e))
    except* Exception as e:
        print("catch-all:", repr(e))


run(ExceptionGroup("a", [ValueError(1), ExceptionGroup("b", [TypeError(2), ValueError(3)])]))
run(ExceptionGroup("c", [KeyError("k"), OSError("o")]))
run(ExceptionGroup("d", [ExceptionGroup("e", [ExceptionGroup("f", [ZeroDivisionError()])])]))


def partial():
    try:
        raise ExceptionGroup("p", [ValueError(1), OSError(2), ExceptionGroup("q", [OSError(3)])])
    except* ValueError:
        print("handled the ValueError")


try:
    partial()
except ExceptionGroup as rest:
    print("rest:", repr(rest))


def no_match():
    try:
        raise ExceptionGroup("n", [KeyError(1)])
    except* ValueError:
        print("not here")
    else:
        print("not else either")
    finally:
        print("finally runs")


try:
    no_match()
except* KeyError as e:
    print("outer got", repr(e))


def ok():
    try:
        pass
    except* ValueError:
        print("no")
    else:
        print("else runs with no exception")


ok()
