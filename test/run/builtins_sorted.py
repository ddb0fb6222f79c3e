# RUN: %difftest %s
print(sorted([5, 2, 9, 1, 5, 6]), sorted([5, 2, 9], reverse=True), sorted("banana"), sorted((3, 1)))
print(sorted({"c": 1, "a": 2}), sorted({3, 1, 2}), sorted(range(5, -5, -3)), sorted([]), sorted([1.5, -2, 0]))
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower), sorted([[2, 1], [1, 9], [1, 2]]))
print(sorted([-3, 2, -1, 4], key=abs), sorted(["ccc", "a", "bb"], key=len, reverse=True))
data = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30)]
import operator
print(sorted(data, key=operator.itemgetter(1)))
print(sorted(data, key=operator.itemgetter(1), reverse=True))
print(sorted(sorted(data), key=operator.itemgetter(1)))


def second_then_first(t):
    return (-t[1], t[0])


print(sorted(data, key=second_then_first))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words), sorted(set(words)), sorted(words, key=len)[:3])
big = []
x = 1
for i in range(50):
    x = (x * 7919) % 10007
    big.append(x)
print(sorted(big)[:10], sorted(big)[-5:], sorted(big) == sorted(big, reverse=True)[::-1])
