# RUN: %difftest %s -- héllo 🐍 日本
import sys

for a in sys.argv[1:]:
    print(a, len(a), a.upper(), a.encode("utf-8"))
