# RUN: %difftest %s
import sys

print("to stdout 1")
print("to stderr 1", file=sys.stderr)
sys.stderr.write("direct stderr write\n")
sys.stdout.write("direct stdout write\n")
print("to stderr 2", 42, sep=" | ", end=" END\n", file=sys.stderr)
for i in range(5):
    print("err", i, file=sys.stderr)
    print("out", i)
sys.stderr.flush()
print("done")
