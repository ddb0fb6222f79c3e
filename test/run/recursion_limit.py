# RUN: %difftest %s
# Deep recursion raises RecursionError that can be caught (the stack is usable afterwards),
# sys.setrecursionlimit raising and lowering the limit, recursion through methods and
# __repr__, mutual recursion, and the ValueError/RecursionError for bad limits.
import sys

def down(n):
    return 0 if n == 0 else 1 + down(n - 1)

print(down(500))
try:
    down(100000)
except RecursionError as e:
    print("RecursionError:", e)
print(down(100), "stack usable after")

old = sys.getrecursionlimit()
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), down(2500))
sys.setrecursionlimit(200)
try:
    down(400)
except RecursionError:
    print("caught at lowered limit")
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)

class Node:
    def __init__(self):
        self.child = self
    def depth(self):
        return 1 + self.child.depth()
    def __repr__(self):
        return "Node(%r)" % self.child
try:
    Node().depth()
except RecursionError:
    print("method recursion caught")
try:
    repr(Node())
except RecursionError:
    print("repr recursion caught")

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(300), is_odd(301))
try:
    is_even(10 ** 6)
except RecursionError:
    print("mutual recursion caught")

try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError:", e)

def catch_deep(n):
    try:
        return catch_deep(n + 1)
    except RecursionError:
        return n
print(catch_deep(0) > 100)
lst = []
lst.append(lst)
print(lst)
