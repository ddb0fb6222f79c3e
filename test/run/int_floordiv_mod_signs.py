# RUN: %difftest %s
# RUN: %difftest --no-run --build-flag=-O3 %s
vals = [7, -7, 1, -1, 0, 13, -13, 2 ** 70, -(2 ** 70)]
divs = [2, -2, 3, -3, 1, -1, 7, 2 ** 65, -(2 ** 65)]
for a in vals:
    row = []
    for d in divs:
        row.append((a // d, a % d))
    print(a, row)
for a in vals:
    for d in [2, -3]:
        q, r = divmod(a, d)
        assert q * d + r == a
        print(a, d, q, r, divmod(a, d) == (a // d, a % d))
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(-1 // 10, -1 % 10, 1 // -10, 1 % -10)
print(-(2 ** 63) // -1, -(2 ** 63) % -1)
print((-9223372036854775807 - 1) // -1)
