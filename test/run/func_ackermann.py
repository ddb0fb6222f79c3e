# RUN: %difftest %s
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


for m in range(3):
    for n in range(4):
        print(f"A({m}, {n}) = {ackermann(m, n)}")
print(ackermann(2, 3), ackermann(3, 3))
