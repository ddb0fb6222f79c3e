# RUN: %difftest %s
a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a + b, -a - b, -a * b, -a / b, -a // b, -a % b, (-a) ** b)
print(a // -b, a % -b, -a // -b, -a % -b)
print(0 * a, a * 0, 0 // a, 0 % a, a ** 0, 0 ** 0)
print(2 ** -1, 2 ** -2, (-2) ** -3)
print(7 / 7, type(7 / 7).__name__, 6 / 4)
x = 1
for i in range(1, 11):
    x = x * i + i
print(x)
print(+a, -a, ~a, --a, -~a, ~-a)
print(abs(-5), abs(5), abs(0))
print(1 + 2 * 3 - 4 // 2 % 3 ** 2)
print((1 + 2) * (3 - 4) // (2 % 3) ** 2)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2)
