# Benchmark: naive recursive Fibonacci.
# Measures function-call overhead, small-integer arithmetic and comparisons.
# fib(30) makes 1,664,079 calls; it is repeated a few times so that the
# run takes about a second under python3.11.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main(n=30, repeat=6):
    total = 0
    i = 0
    while i < repeat:
        total += fib(n)
        i += 1
    print("fib(" + str(n) + ") =", fib(n))
    print("total", total)


main()
