# RUN: %difftest %s
print(pow(2, 10), pow(2, 100), pow(-2, 63), pow(-2, 64))
print(pow(3, 200, 1000000007), pow(2, 10 ** 18, 10 ** 9 + 7))
print(pow(7, -1, 13), pow(3, -2, 11), pow(-3, 5, 7), pow(3, 5, -7))
print(pow(2, 0, 1), pow(0, 0, 7), pow(10, 20, 1))
print(pow(2, -1), pow(2.0, 3), pow(2, 0.5), pow(-8, 1 / 3) if False else 0)
print(2 ** 0.5, 10 ** -2, (-2) ** 2, -2 ** 2, 0 ** 5)
print(pow(12345678901234567890, 3, 98765432109876543210))
p = 2 ** 127 - 1
print(pow(5, p - 1, p) == 1, pow(5, (p - 1) // 2, p))
print(1.5 ** 2, 4 ** 0.5, 2 ** 1023 * 2 == 2 ** 1024, float(2 ** 1023))
r = 1
for e in range(20):
    r = pow(r * 3 + 1, 3, 1000003)
print(r)
