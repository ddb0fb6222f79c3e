# RUN: %difftest %s
def show(label, v):
    print(label, v)
    return v

a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 < b != 3, 1 < 2 < 3 < 4 < 5, 5 > 4 > 3 > 5)
print(a <= a >= a, a < b <= b < c, c > b >= 2 == b)
print(show("x", 1) < show("y", 0) < show("z", 5))
print(show("x", 1) < show("y", 2) < show("z", 5))
print(2 ** 100 > 2 ** 99 > 1.5 > -2 ** 100)
print(1 < 1.5 < 2, 1.0 == 1 == True, 0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3)
print("a" < "b" < "c", "abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), (2,) > (1, 9, 9))
print(3 in [1, 2, 3], 4 not in [1, 2, 3], "b" in "abc", "bc" in "abcd", 1 in {1: 2})
x = [1, 2]
y = x
z = [1, 2]
print(x is y, x is z, x == z, x is not z, x == y == z)
print(1 < 2 in [True, 2], 1 in [1] in [[1]])
print(float("nan") == float("nan"), float("nan") != float("nan"), float("inf") > 10 ** 300)
print(10 ** 400 > float("inf"), -(10 ** 400) < float("-inf"), 10 ** 400 > 1e308)
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
