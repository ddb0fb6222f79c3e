# RUN: %difftest %s
import sys


def finish(code):
    print("exiting with", code)
    sys.exit(code)


print("working")
finish(3)
print("never printed")
