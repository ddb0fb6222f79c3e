# RUN: %difftest %s -- 10 20 30 -5 123456789012345678901234567890
import sys


def main(argv):
    total = 0
    for a in argv:
        total += int(a)
    print("sum =", total)
    print("max =", max(map(int, argv)), "min =", min(map(int, argv)))
    return 0 if total > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
