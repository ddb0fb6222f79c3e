# RUN: %difftest %s
import types

ns = types.SimpleNamespace(a=1)
print(ns.a)
result = [3, 1, 2].sort()
print(result)
print(result.append(4))
