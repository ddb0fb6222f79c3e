# RUN: %difftest %s
a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[7:2:-2], a[100:], a[-100:2])
a[2:5] = ["a", "b"]
print(a)
a[0:0] = [-2, -1]
print(a)
a[-1:] = []
print(a)
a[::2] = list("XXXXX")
print(a)
a[1] = "one"
a[-1] = "last"
print(a)
del a[0]
del a[1:3]
print(a)
del a[::2]
print(a)
b = list(range(20))
del b[5:15:3]
print(b)
b[:] = [1, 2, 3]
print(b)
b[len(b):] = [4, 5]
print(b)
b[1:4] = range(10, 13)
print(b)
c = [0] * 5
i = 0
while i < 5:
    c[i] += i * i
    i += 1
print(c)
grid = [[0, 0, 0], [0, 0, 0]]
grid[1][2] = 7
grid[0][1:] = [8, 9]
print(grid)
d = {"k": [1, 2, 3]}
d["k"][1] = 20
del d["k"][0]
print(d)
t = (1, 2, 3, 4, 5)
print(t[1:3], t[::-1], t[-2], t[:0])
s = "slices"
print(s[1:-1], s[::2])
x = list(range(6))
x[1:5:2] = ["odd1", "odd3"]
print(x)
