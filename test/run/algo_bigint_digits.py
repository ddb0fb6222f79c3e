# RUN: %difftest %s
def digits_of_e(n):
    # spigot-ish via big integer arithmetic
    scale = 10 ** (n + 10)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[: n + 1]


def pi_digits(n):
    # Machin's formula with integers
    def arctan_inv(x, scale):
        total = term = scale // x
        x2 = x * x
        k = 1
        sign = -1
        while term:
            term //= x2
            total += sign * (term // (2 * k + 1))
            sign = -sign
            k += 1
        return total

    scale = 10 ** (n + 10)
    pi = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
    return str(pi)[: n + 1]


print(digits_of_e(100))
print(pi_digits(100))
f = 1
for i in range(1, 201):
    f *= i
s = str(f)
print(len(s), sum(map(int, s)), len(s) - len(s.rstrip("0")))
x = 3 ** 1000
print(str(x)[:30], str(x)[-30:], x % 10 ** 9, x.bit_length())
