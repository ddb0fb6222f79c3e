# RUN: %difftest %s
print(1 + 1.0, 3 * 0.5, 7 - 0.5, 2 ** 0.5, 10 // 3.0, 10 % 3.0, -10 // 3.0, -10 % 3.0)
print(1 / 2, 4 / 2, 2 ** 63 / 2, (2 ** 63 + 1) / 1, 10 ** 20 / 10 ** 10, 10 ** 30 / 3)
print(3 == 3.0, 3 < 3.5, 2 ** 60 == float(2 ** 60), 2 ** 60 + 1 == float(2 ** 60 + 1))
print(divmod(7, 2.0), divmod(-7.0, 2), divmod(7.5, -2))
print(abs(-2.5), max(1, 2.0), max(2.0, 1), min(3, 3.0), min(3.0, 3), sum([1, 2.5, 3]))
print(int(7 / 2), int(-7 / 2), 7 // 2, round(7 / 2), float(7 // 2))
acc = 0
for i in range(1, 20):
    acc += 1 / i
print(acc, acc * 2, acc // 1, acc % 1)
print((1 + 2j) * (3 - 1j), abs(3 + 4j), (1j) ** 2, complex(1, 2).conjugate())
print(1.0.is_integer(), 1.5.is_integer(), (2.0).real, (7).numerator, (7).denominator)
