# RUN: %difftest %s
import sys

print("stdout text", flush=False)
print("stderr text", file=sys.stderr)
raise RuntimeError
