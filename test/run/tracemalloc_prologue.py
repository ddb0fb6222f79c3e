# RUN: %difftest %s
# A cell made by a function's prologue (MAKE_CELL) is allocated while the frame is
# incomplete: tracemalloc attributes it to the caller, as under the interpreter.
import tracemalloc

tracemalloc.start(8)


def f(x):
    def g():
        return x

    return g


cell = f(0).__closure__[0]
print([fr.lineno for fr in tracemalloc.get_object_traceback(cell)])


def h():
    y = [1, 2, 3]

    def k():
        return y

    return k


cell = h().__closure__[0]
print([fr.lineno for fr in tracemalloc.get_object_traceback(cell)])
tracemalloc.stop()
