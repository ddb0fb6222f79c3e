# RUN: %difftest %s
# RUN: %difftest --no-run --build-flag=-O0 %s
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= n:
        if is_prime[p]:
            for m in range(p * p, n + 1, p):
                is_prime[m] = False
        p += 1
    primes = []
    for i, flag in enumerate(is_prime):
        if flag:
            primes.append(i)
    return primes


ps = sieve(100)
print(ps)
big = sieve(200000)
print(len(big), big[-5:], sum(big))
twins = 0
for i in range(len(big) - 1):
    if big[i + 1] - big[i] == 2:
        twins += 1
print("twin pairs", twins)
