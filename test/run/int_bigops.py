# RUN: %difftest %s
# RUN: %difftest --no-run --build-flag=-O0 %s
import math

big = 2 ** 200
print(big)
print(big + 1, big - 1)
print(big * big)
print(big // 3, big % 3, divmod(big, 7))
print(-big // 7, -big % 7)
print(math.factorial(50))
print(math.factorial(50) // math.factorial(48))
f = 1
for i in range(2, 101):
    f *= i
print(f == math.factorial(100), len(str(f)))
print(str(f)[:20], str(f)[-30:])
print(f.bit_length(), big.bit_length(), (big - 1).bit_length())
print(big >> 100, big >> 199, big >> 200, big >> 1000)
print(1 << 100, -1 << 100, (1 << 64) - 1)
print(2 ** 64 + 2 ** 63, 2 ** 63 - 1, -(2 ** 63), -(2 ** 63) - 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 2, 4611686018427387904 * 2)
print(3 ** 100 % 1000007)
print(big == 2 ** 200, big < big + 1, big > -big)
print(hex(big), oct(big)[:12], bin(big)[:8])
print(int(str(big)) == big)
print(10 ** 50 // 10 ** 25, 10 ** 50 % (10 ** 25 + 1))
print(-(10 ** 40) // 3, -(10 ** 40) % 3, (10 ** 40) // -3, (10 ** 40) % -3)
print(abs(-big), -(-big) == big)
print(math.gcd(2 ** 100, 6 ** 50), math.isqrt(10 ** 40 + 12345))
print(big & (2 ** 150 - 1), big | 1, big ^ (big - 1))
print(~big, -big & 0xFFFF, (-big) >> 190)
n = 1
for i in range(70):
    n = n * 3 + 1
print(n, n % 1000000007)
print(sum(range(10 ** 6)), 10 ** 6 * (10 ** 6 - 1) // 2)
print(pow(2, 1000) % 10 ** 9)
