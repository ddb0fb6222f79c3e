# RUN: %difftest %s
n = 1234567
print(format(n, ","), format(n, "_"), format(n, "d"), format(n, "10d"), format(n, "<10d") + "|")
print(format(n, "^12"), format(n, "*^12"), format(n, "+d"), format(-n, "+d"), format(n, " d"))
print(format(n, "x"), format(n, "X"), format(n, "#x"), format(n, "o"), format(n, "#o"), format(n, "b"))
print(format(n, "#b"), format(n, "_b"), format(n, "_x"), format(255, "08b"), format(-5, "08d"))
print(format(n, "e"), format(n, ".2e"), format(n, "f"), format(n, "%"), format(n, "g"), format(n, "n"))
print(format(0, "#x"), format(-255, "#x"), format(-255, "x"), format(2 ** 100, ","))
print(format(42, "=+8"), format(42, "010,"), format(12, "c") if False else "", format(65, "c"))
print("%d %5d %-5d| %05d %x %X %o %e %s %r" % (n, 42, 42, 42, 255, 255, 8, 1234.5, n, n))
print(hex(0), hex(-1), oct(0), oct(-8), bin(0), bin(-1), bin(2 ** 65))
print(str(-0), repr(10 ** 25), len(str(2 ** 1000)))
