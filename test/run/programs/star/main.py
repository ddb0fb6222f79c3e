# RUN: %difftest %s
# `from m import *`: __all__ (naming a submodule that only the star import loads), and
# without __all__ every public name.
from shapes import *
from plain import *

print(sorted(k for k in globals() if not k.startswith("__")))
print(circle.area(2), square.area(3), public())
try:
    _private
except NameError as e:
    print("NameError:", e)
