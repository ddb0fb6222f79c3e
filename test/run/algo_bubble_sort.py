# RUN: %difftest %s
# RUN: %difftest --no-run --build-flag=-O3 %s
def bubble_sort(a):
    a = list(a)
    n = len(a)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return a, swaps


def insertion_sort(a):
    a = list(a)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a


def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quicksort(a):
    if len(a) < 2:
        return a
    pivot = a[len(a) // 2]
    less = []
    equal = []
    greater = []
    for x in a:
        if x < pivot:
            less.append(x)
        elif x == pivot:
            equal.append(x)
        else:
            greater.append(x)
    return quicksort(less) + equal + quicksort(greater)


data = [64, 34, 25, 12, 22, 11, 90, -5, 0, 34]
print(bubble_sort(data))
print(insertion_sort(data), merge_sort(data), quicksort(data), data)
seq = []
x = 12345
for _ in range(300):
    x = (x * 1103515245 + 12345) % 2 ** 31
    seq.append(x % 1000)
s1, n = bubble_sort(seq)
print(n, s1 == sorted(seq), insertion_sort(seq) == s1, merge_sort(seq) == s1, quicksort(seq) == s1)
print(s1[:10], s1[-10:])
print(bubble_sort(["pear", "Apple", "fig"]), merge_sort([3.5, -1.25, 2.0]))
