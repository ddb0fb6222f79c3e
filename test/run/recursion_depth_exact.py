# RUN: %difftest %s
# The recursion depth compiled frames count, exactly: setrecursionlimit below the current
# depth (the message names the depth), a low limit caught and restored, and how many
# nested calls fit under two limits (each compiled call is one level, as in CPython).
import sys
def at_depth(n, action):
    if n == 0:
        return action()
    return at_depth(n - 1, action)
def lower():
    try:
        sys.setrecursionlimit(5)
    except RecursionError as e:
        return "RecursionError: " + str(e)
    return "lowered"
print(at_depth(20, lower))
old = sys.getrecursionlimit()
def probe():
    return sys.getrecursionlimit()
sys.setrecursionlimit(50)
print(probe())
try:
    at_depth(100, lambda: "deep")
except RecursionError:
    print("caught at 50")
sys.setrecursionlimit(old)
print(at_depth(100, lambda: "deep ok"))
def count_depth():
    n = 0
    def rec():
        nonlocal n
        n += 1
        rec()
    try:
        rec()
    except RecursionError:
        pass
    return n
sys.setrecursionlimit(300)
a = count_depth()
sys.setrecursionlimit(600)
b = count_depth()
print(a, b, b - a)
sys.setrecursionlimit(old)
