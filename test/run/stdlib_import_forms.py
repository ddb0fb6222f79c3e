# RUN: %difftest %s
import sys as s
import os.path
import math, string
from os import path
from os.path import join as pjoin, basename
from math import gcd, factorial as fact, inf
import collections.abc
import json as _json

print(s.version_info[:2] == (3, 11), s.maxsize, type(s.argv).__name__, s.byteorder in ("little", "big"))
print(path.join("a", "b", "c.txt"), pjoin("/x", "y"), basename("/tmp/file.py"), os.path.splitext("f.tar.gz"))
print(path.dirname("/usr/lib/python3"), path.normpath("a/./b/../c"), path.isabs("/x"), path.isabs("x"))
print(gcd(48, 18), fact(10), inf, math.e, string.ascii_lowercase, string.digits, string.punctuation[:5])
print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping))
print(_json.dumps({"b": [1, 2.5, None, True], "a": "é"}), _json.dumps([1, "x"], indent=2))
print(_json.loads('{"k": [1, 2, {"n": null}], "f": 1.5e3}'), _json.dumps({"z": 1, "a": 2}, sort_keys=True))
print(s.getrecursionlimit() > 100, s.platform.startswith("linux"), __name__)


def uses_import_inside():
    import textwrap
    from operator import add
    return textwrap.fill("the quick brown fox jumps over the lazy dog", width=15), add(2, 3)


print(uses_import_inside())
print(s.modules["math"] is math, "json" in s.modules)
