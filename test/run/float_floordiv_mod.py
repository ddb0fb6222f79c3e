# RUN: %difftest %s
vals = [7.5, -7.5, 0.0, -0.0, 1e-300, 3.0, 1e20]
divs = [2.0, -2.0, 0.3, -0.3, float("inf"), float("-inf")]
for a in vals:
    out = []
    for d in divs:
        out.append((a // d, a % d))
    print(a, out)
print(5 % 0.5, 5.1 % 0.5, -5.1 % 0.5, 1e20 % 3, -1e20 % 3.0)
print(0.5 // 0.1, 0.5 % 0.1, 1.0 // 0.1, 1.0 % 0.1)
