# RUN: %difftest %s
# An uncaught exception raised while handling another, three levels deep: each previous
# one printed first, joined by "During handling of the above exception".
def level3():
    return {}["missing"]


def level2():
    try:
        level3()
    except KeyError:
        return [][1]


def level1():
    try:
        level2()
    except IndexError as e:
        print("handling", type(e).__name__, "context", type(e.__context__).__name__)
        raise RuntimeError("level1 failed")


level1()
