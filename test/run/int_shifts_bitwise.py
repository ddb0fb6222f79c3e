# RUN: %difftest %s
for n in [0, 1, -1, 5, -5, 255, -256, 2 ** 62, 2 ** 63, -(2 ** 63), 2 ** 64 - 1]:
    print(n, n << 1, n << 3, n << 63, n << 64, n >> 1, n >> 3, n >> 63, n >> 64, n >> 200)
print(1 << 0, 1 << 62, 1 << 63, 1 << 64, 1 << 65)
print(-1 >> 1, -1 >> 100, -2 >> 1, -3 >> 1)
a, b = 0b1100_1010, 0b1010_0110
print(a & b, a | b, a ^ b, ~a, ~b, a & ~b)
print(-a & b, -a | b, -a ^ b, -a & -b, -a | -b, -a ^ -b)
print(bin(a & b), bin(a | b), bin(a ^ b), bin(~a), bin(-a))
print(0xFF & -0x100, 0xFF | -0x100, 0xFF ^ -1)
x = 0
for i in range(0, 100, 7):
    x |= 1 << i
print(x, bin(x).count("1"), x.bit_count())
print(x & (x - 1), x ^ (x >> 1), x & -x)
m = (1 << 128) - 1
print(m, m >> 64, m & 0xFFFFFFFFFFFFFFFF, (m << 3) & m)
print(True << 3, True & 1, False | 4, True ^ True, ~True, ~False)
print(1 << 1000 >> 999)
