# RUN: %difftest %s
print("raising SystemExit(0)")
raise SystemExit(0)
print("unreachable")
