# RUN: %difftest %s
import sys

print("about to exit with a message")
sys.exit("fatal: configuration file not found")
