# RUN: %difftest %s
import sys

sys.stdout.write("no newline at the end")
raise SystemExit("first", 2)
