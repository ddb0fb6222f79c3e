# RUN: %difftest %s
import os
import sys

print("flushed explicitly")
sys.stdout.flush()
print("still in the buffer when os._exit runs, lost because stdout is a pipe")
sys.stderr.write("stderr is unbuffered-ish: written at once\n")
os._exit(7)
