# RUN: %difftest %s
import sys

print("sys.exit(True) exits with status 1")
sys.exit(True)
