# RUN: %difftest %s
# A traceback through a deep (but bounded) recursion collapses identical lines into
# "[Previous line repeated N more times]"; mutual recursion is not collapsed the same way.
def countdown(n):
    if n == 0:
        raise ValueError("bottom reached")
    return countdown(n - 1)


def ping(n):
    return pong(n - 1) if n else {}["ping"]


def pong(n):
    return ping(n)


try:
    ping(6)
except KeyError as e:
    import traceback
    print(len(traceback.extract_tb(e.__traceback__)))
    traceback.print_exc(limit=-4, file=__import__("sys").stdout)
countdown(40)
