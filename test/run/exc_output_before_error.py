# RUN: %difftest %s
import sys

for i in range(2000):
    print("line", i)
sys.stderr.write("partial stderr without newline")
print("last stdout line", end="")
x = [1, 2, 3]
print(x[10])
