# RUN: %difftest %s
# A module that raises while it is imported: caught once (the module is not left in
# sys.modules, its traceback has no importlib frames), then uncaught.
import sys
import traceback

try:
    import broken
except ZeroDivisionError:
    traceback.print_exc()
print("broken" in sys.modules)


def load():
    import broken


load()
