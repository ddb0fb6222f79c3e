# RUN: %difftest %s
print(any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]), any(()), all(()))
print(any("abc"), all(""), any(range(0)), all(range(1, 5)), any({0: 1}), all({1: 0}))
print(any(map(str.isdigit, "ab3")), all(map(str.isalpha, "abc")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), tuple(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), "".join(reversed("stressed")), list(reversed([])))
r = reversed([10, 20, 30])
print(next(r), list(r), list(r))
lst = [3, 1, 2]
print(list(reversed(lst)), lst, lst[::-1] == list(reversed(lst)))
print(sorted([5, 2, 8], reverse=True), list(reversed(sorted([5, 2, 8]))))
