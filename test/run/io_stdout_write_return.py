# RUN: %difftest %s
import sys

n = sys.stdout.write("héllo\n")
print(n)
sys.stdout.writelines(["a\n", "b\n"])
print(sys.stdout.isatty(), sys.stderr.isatty(), sys.stdout.encoding, sys.stdout.errors)
print("unencodable surrogate escaped:", "\udcff".encode("utf-8", "surrogateescape"))
