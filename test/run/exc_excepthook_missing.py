# RUN: %difftest %s
# With sys.excepthook deleted, an uncaught exception prints "sys.excepthook is missing"
# and the standard traceback, exit code 1.
import sys
def excepthook_gone():
    del sys.excepthook
excepthook_gone()
print("no hook")
raise ValueError("with no excepthook")
