# RUN: %difftest %s
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5)
a.extend([3, 5])
a.insert(0, 0)
a.insert(100, 99)
a.insert(-1, -1)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(5), a.index(5, 5), a.count(5), a.count(42))
a.reverse()
print(a)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
b = a.copy()
b.clear()
print(a, b, a == b, [] == b)
c = list(range(5))
c += [5, 6]
c *= 2
print(c, c[3:9], c.__len__(), 6 in c, 60 in c)
nested = [[1, 2], [3, [4, 5]], []]
print(nested, nested[1][1][0], len(nested[2]), nested[1][1][-1])
m = [[0] * 3] * 2
m[0][0] = 1
print(m)
m2 = []
for i in range(3):
    m2.append([0] * 3)
m2[0][0] = 1
print(m2)
print(list("abc"), list((1, 2)), list({"x": 1, "y": 2}), list(range(3, 0, -1)), list())
s = [5, 3, 8]
t = s
t.append(1)
print(s, t is s, s[:] is s, s[:] == s)
print([1, 2, 3] + [4], [0] * 5, [[]] * 2, [1, 2] * 0, min([4, 2, 8]), max([[1, 2], [1, 3]]))
