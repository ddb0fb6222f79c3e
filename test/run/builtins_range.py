# RUN: %difftest %s
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 3)), list(range(10, 0, -2)))
print(list(range(0)), list(range(-3)), list(range(5, 5)), list(range(5, 1)), list(range(1, 5, -1)))
print(list(range(-5, 5, 3)), list(range(5, -6, -5)), list(range(-1, -10, -4)))
r = range(3, 100, 7)
print(r, len(r), r[0], r[-1], r[5], r[2:5], r[::-1], r[::3], 10 in r, 11 in r, r.index(17), r.count(24))
big = range(10 ** 20)
print(big.stop, big[-1], 10 ** 19 in big, big[10 ** 19], range(0, 10 ** 30, 10 ** 10)[12345])
print(range(5) == range(0, 5), range(0) == range(5, 5), range(1, 2, 3) == range(1, 3, 3), list(reversed(range(4))))
print(sum(range(1, 1001, 2)), max(range(7)), min(range(-3, 3)), sorted(range(5, 0, -1)))
print(range(2, 20, 4).start, range(2, 20, 4).stop, range(2, 20, 4).step, bool(range(0)), list(range(True, 3)))
total = 0
for i in range(-10, 11, 5):
    total += i * i
print(total)
print(repr(range(1, 10, 2)), str(range(4)), range(3)[1:], list(range(3)[::-1]))
