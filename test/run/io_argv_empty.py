# RUN: %difftest %s
import sys

if len(sys.argv) < 2:
    print("usage: io_argv_empty.py NAME", file=sys.stderr)
    sys.exit(2)
print("hello", sys.argv[1])
