# RUN: %difftest %s
# An uncaught RecursionError from a recursive method: the traceback collapses the repeated
# frames ("[Previous line repeated N more times]"), so the count must match CPython's.
import sys
sys.setrecursionlimit(120)

class Walker:
    def __init__(self):
        self.steps = 0
    def walk(self, n):
        self.steps += 1
        return self.walk(n + 1)

w = Walker()
try:
    w.walk(0)
except RecursionError:
    print("caught once, steps", w.steps)
w.walk(0)
