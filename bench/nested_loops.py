# Benchmark: nested integer loops with arithmetic.
# Measures for-loops over range(), local-variable access, integer + - * // %
# and comparisons; every intermediate stays small, the checksum is reduced
# modulo a prime so the final value is a fixed-size int.

MOD = 1000000007


def grid(n, m):
    acc = 0
    for i in range(n):
        for j in range(m):
            x = i * j + (i ^ j)
            if x % 3 == 0:
                acc += x // 3
            elif x & 1:
                acc -= j
            else:
                acc += i - j * 2
        acc %= MOD
    return acc


def triangle(n):
    count = 0
    a = 1
    while a < n:
        b = a
        while b < n:
            c2 = a * a + b * b
            if c2 % 7 == 1:
                count += 1
            b += 1
        a += 1
    return count


def main():
    g = grid(2400, 2000)
    t = triangle(2200)
    print("grid", g)
    print("triangle", t)
    print("checksum", (g * 31 + t) % MOD)


main()
