# RUN: %difftest %s
# Tracebacks through comprehension frames: nested list/set/dict comprehensions each appear
# as their own frame (<listcomp>, <setcomp>, <dictcomp>), with the error's column range;
# the exception caught inside one comprehension's called function does not escape.
import traceback


def safe_inv(x):
    try:
        return 1 / x
    except ZeroDivisionError:
        return None


print([safe_inv(x) for x in [1, 0, 2]])


def frames_of(f):
    try:
        f()
    except Exception as e:
        return [fr.name for fr in traceback.extract_tb(e.__traceback__)]


print(frames_of(lambda: {x: {1 / x} for x in [1, 0]}))
print(frames_of(lambda: [[y for y in x] for x in [[1], 2]]))
print(frames_of(lambda: sorted({x for x in [1, "a"]})))


def build(rows):
    return {
        name: [int(v) for v in values]
        for name, values in rows
    }


print(build([("a", ["1", "2"])]))
build([("a", ["1"]), ("b", ["2", "x"])])
