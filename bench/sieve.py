# Benchmark: sieve of Eratosthenes and prime sums.
# Measures list allocation, list subscripts (load and store), while loops and
# integer arithmetic, with the sieve rebuilt several times.


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    return flags


def summarize(flags):
    count = 0
    total = 0
    last = 0
    gap = 0
    for n in range(len(flags)):
        if flags[n]:
            count += 1
            total += n
            if last and n - last > gap:
                gap = n - last
            last = n
    return count, total, last, gap


def main(limit=1000000, rounds=6):
    result = None
    for r in range(rounds):
        flags = sieve(limit + r)
        result = summarize(flags)
    count, total, last, gap = result
    print("primes <=", limit + rounds - 1, ":", count)
    print("sum", total)
    print("largest", last, "max gap", gap)


main()
