# RUN: %difftest %s
import sys

print("module __name__ is", __name__)


def main():
    print("main() called")
    return helper(3)


def helper(n):
    return n * 2


if __name__ == "__main__":
    result = main()
    print("result", result)
else:
    print("imported")
print(__name__ == "__main__", type(__file__).__name__, __file__.endswith("main_guard.py"), __doc__)
print(sys.modules["__main__"].helper(5), sys.modules[__name__].__name__)
