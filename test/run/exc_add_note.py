# RUN: %difftest %s
# add_note: __notes__ contents, type errors, and the notes printed under the uncaught
# exception's traceback (also for a chained exception).
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second\nmultiline note")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print(err)


def process(items):
    for i, item in enumerate(items):
        try:
            yield 100 // item
        except ZeroDivisionError as err:
            err.add_note(f"while processing item {i}")
            raise


try:
    list(process([1, 0]))
except ZeroDivisionError as err:
    print(err.__notes__)


def outer():
    try:
        list(process([5, 0]))
    except ZeroDivisionError as err:
        new = RuntimeError("processing failed")
        new.add_note("see the cause above")
        raise new from err


outer()
