# RUN: %difftest %s
# RecursionError from recursive generators (yield from chains), from __getattr__ looking
# up a missing attribute on itself, from a recursive __eq__ inside list comparison, and
# from json.dumps of a self-referencing structure (ValueError instead); each is caught.
import json
import sys

def nest(n):
    if n == 0:
        yield "bottom"
    else:
        yield from nest(n - 1)
print(list(nest(50)))
try:
    list(nest(10 ** 5))
except RecursionError:
    print("generator recursion caught")

class Self:
    def __getattr__(self, name):
        return self.missing_too
try:
    Self().anything
except RecursionError:
    print("getattr recursion caught")

class Eq:
    def __eq__(self, other):
        return [self] == [other]
    __hash__ = object.__hash__
try:
    Eq() == Eq()
except RecursionError:
    print("eq recursion caught")

d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
nested = []
for _ in range(10 ** 5):
    nested = [nested]
try:
    repr(nested)
except RecursionError:
    print("repr recursion caught")
old = sys.getrecursionlimit()
sys.setrecursionlimit(60)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
try:
    fact(100)
except RecursionError:
    print("fact caught at limit 60")
sys.setrecursionlimit(old)
print(fact(100) % 1000003)
