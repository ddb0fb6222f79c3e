# RUN: %difftest %s
# The expression of an except clause is evaluated only when an exception reaches it, and
# an error there replaces the original (chained as context); handlers found through
# attributes, calls and subscripts.
import sys


def handler_type(log):
    log.append("evaluated")
    return KeyError


log = []
try:
    pass
except handler_type(log):
    pass
print(log)
try:
    raise KeyError("k")
except handler_type(log):
    print("caught via call", log)
handlers = {"v": ValueError}
try:
    int("x")
except handlers["v"]:
    print("caught via subscript")
try:
    raise sys.modules["builtins"].IndexError("i")
except sys.modules["builtins"].LookupError as e:
    print("caught via attribute", repr(e))


def broken():
    raise RuntimeError("broken except expression")


def inner():
    try:
        [].pop()
    except broken():
        print("no")


inner()
