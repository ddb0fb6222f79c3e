# RUN: %difftest %s
import operator

words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig", "grape", "apple"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
print(sorted(words, key=str.casefold, reverse=True))
print(sorted(words, key=len, reverse=True))


def last_char(w):
    return w[-1]


def by_len_then_alpha(w):
    return (len(w), w.lower())


print(sorted(words, key=last_char))
print(sorted(words, key=by_len_then_alpha))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
pairs = [(3, "c"), (1, "z"), (2, "b"), (1, "a"), (3, "a")]
print(sorted(pairs), sorted(pairs, key=operator.itemgetter(1)), sorted(pairs, key=operator.itemgetter(1, 0)))
recs = [{"n": "x", "age": 30}, {"n": "y", "age": 25}, {"n": "z", "age": 30}]
print(sorted(recs, key=operator.itemgetter("age")))
lst = [3, 1, 2]
lst.sort(key=None)
print(lst)
mixed = [2.5, 1, 3, -0.5, True]
mixed.sort()
print(mixed)
stable = [("b", 1), ("a", 1), ("c", 0), ("d", 0)]
stable.sort(key=operator.itemgetter(1))
print(stable)
print(sorted("Hello World", key=str.isupper), sorted([[3, 1], [2], [1, 2, 3]], key=len))
print(sorted({"b": 2, "a": 1, "c": 0}), sorted({"b": 2, "a": 1}.items()), sorted(range(10), key=str))
print(min(words, key=len), max(words, key=len), max(nums, key=abs), min(pairs, key=operator.itemgetter(1)))
