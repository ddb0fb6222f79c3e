# RUN: %difftest %s
# A bare raise inside a finally block that runs because of an exception re-raises that
# exception (sys.exception() is set there); with no exception propagating it is a
# RuntimeError; a finally inside an except handler sees the handled one. Uncaught at the end.
import sys


def no_exception():
    try:
        pass
    finally:
        print("exception in finally:", sys.exception())
        raise


try:
    no_exception()
except RuntimeError as e:
    print("RuntimeError:", e)


def in_handler():
    try:
        raise KeyError("handled")
    except KeyError:
        try:
            pass
        finally:
            print("finally inside handler sees", repr(sys.exception()))


in_handler()


def propagating():
    try:
        raise ValueError("propagating")
    finally:
        print("finally sees", repr(sys.exception()))
        raise


propagating()
