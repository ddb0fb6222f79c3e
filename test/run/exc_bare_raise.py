# RUN: %difftest %s
# Bare raise re-raises the handled exception with its traceback unchanged (the frames of
# the original raise stay); raise outside a handler is RuntimeError; nested handlers.
import traceback


def deep():
    raise ValueError("deep error")


def middle():
    deep()


def reraise():
    try:
        middle()
    except ValueError:
        print("logging and re-raising")
        raise


try:
    raise
except RuntimeError as e:
    print("no active:", e)


def nested():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise


try:
    nested()
except KeyError as e:
    print("re-raised the outer one:", repr(e))


def raise_saved():
    try:
        middle()
    except ValueError as err:
        saved = err
    raise saved


try:
    raise_saved()
except ValueError as e:
    print(len(traceback.extract_tb(e.__traceback__)))

reraise()
