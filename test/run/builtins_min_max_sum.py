# RUN: %difftest %s
nums = [4, -2, 9, 0, 7, -5]
print(min(nums), max(nums), sum(nums), sum(nums, 100), sum([]), sum([], 5))
print(min(3, 1, 2), max("apple", "pear", "fig"), max("abc"), min([[2], [1, 5]]))
print(min(nums, key=abs), max(nums, key=abs), min([], default="empty"), max([], default=None))
print(max([1, 3, 3], key=None), max([(1, "b"), (1, "a")]), min(["bb", "a", "cc"], key=len))
print(sum([0.1] * 3), sum([1, 2.5]), sum([[1], [2, 3]], []), sum(range(1, 101)))
print(abs(-3), abs(3.5), abs(-0.0), abs(-(2 ** 100)), abs(True), abs(-1 + 0j), abs(3 - 4j))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(2 ** 100, 3))
print(pow(2, 8), pow(2, -1), pow(5, 3, 7), round(3.14159, 2), round(-1.5), len([1, 2]), len("é🐍"))
print(max(1, 2.0), max(2.0, 1), max(2, 2.0), min(2.0, 2), max(True, 1), max(1, True))
