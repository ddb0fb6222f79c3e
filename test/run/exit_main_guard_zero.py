# RUN: %difftest %s
import sys

print("module level", file=sys.stderr)
if __name__ == "__main__":
    print("main guard taken")
    sys.exit(0)
print("not reached")
