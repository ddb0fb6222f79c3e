# RUN: %difftest %s
# except* restrictions checked at run time: matching ExceptionGroup types is a TypeError,
# as is a non-exception type; break/continue/return are compile-time errors (not used).
def star_on_group():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        print("no")


try:
    star_on_group()
except TypeError as e:
    print("TypeError:", e)


def star_on_int():
    try:
        raise ValueError()
    except* 42:
        print("no")


try:
    star_on_int()
except TypeError as e:
    print("TypeError:", e)


def base_leaves():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("ki:", repr(e))
    except* ValueError as e:
        print("ve:", repr(e))


base_leaves()


def system_exit():
    try:
        raise BaseExceptionGroup("s", [SystemExit(3)])
    except* Exception:
        print("no")


try:
    system_exit()
except BaseExceptionGroup as e:
    print("escaped:", repr(e))
