# RUN: %difftest %s -- alpha "two words" --flag=3 -x 42 ''
import sys

args = sys.argv[1:]
print(len(args), args)
for i, a in enumerate(args):
    print(i, repr(a), len(a))
print(len(sys.argv) == len(args) + 1, sys.argv[0].endswith("io_argv.py") or True)
