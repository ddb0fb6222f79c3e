# RUN: %difftest %s
# Module __getattr__ and __dir__ (PEP 562) on a compiled module, and `from m import name`
# served by __getattr__.
import lazy
from lazy import computed_answer

print(lazy.eager, lazy.anything, computed_answer)
print(dir(lazy))
try:
    lazy.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from lazy import missing
except ImportError as e:
    print("ImportError:", e)
print(lazy.calls)
