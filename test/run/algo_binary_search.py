# RUN: %difftest %s
def binary_search(arr, target):
    lo, hi = 0, len(arr) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if arr[mid] == target:
            return mid, steps
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps


def lower_bound(arr, target):
    lo, hi = 0, len(arr)
    while lo < hi:
        mid = (lo + hi) >> 1
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


data = list(range(0, 1000, 3))
for t in [0, 3, 999, 501, 500, -1, 1000, 297]:
    print(t, binary_search(data, t), lower_bound(data, t))
words = sorted(["pear", "apple", "fig", "kiwi", "banana", "cherry"])
print(words, binary_search(words, "kiwi"), binary_search(words, "grape"), lower_bound(words, "grape"))


def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo


print(isqrt(0), isqrt(15), isqrt(16), isqrt(10 ** 30 + 7), isqrt(2 ** 127))
