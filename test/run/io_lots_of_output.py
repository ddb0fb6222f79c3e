# RUN: %difftest %s
import sys

for i in range(30000):
    print(i, i * i, "x" * (i % 50))
for i in range(2000):
    sys.stdout.write(str(i) + ",")
sys.stdout.write("\n")
print("x" * 100000)
print("end", file=sys.stderr)
