# RUN: %difftest --stdin %S/Inputs/numbers.txt %s
import sys

first = sys.stdin.readline()
a, b = first.split()
print("first line sum:", int(a) + int(b))
second = input()
print("second line product:", int(second.split()[0]) * int(second.split()[1]))
rest = sys.stdin.read()
print(repr(rest))
for line in rest.splitlines():
    print(len(line), line.upper())
