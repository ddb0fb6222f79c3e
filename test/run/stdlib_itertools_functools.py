# RUN: %difftest %s
import itertools
import functools
import operator
print(list(itertools.chain([1, 2], "ab", range(2))), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.islice("abcdefg", 1, 6, 2)))
print(list(itertools.permutations("abc", 2)), len(list(itertools.permutations(range(5)))))
print(list(itertools.combinations([1, 2, 3, 4], 2)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.product("ab", [0, 1])), len(list(itertools.product(range(3), repeat=3))))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3, 4], operator.mul)))
print(list(itertools.repeat("x", 3)), list(itertools.islice(itertools.cycle("ab"), 5)))
for key, group in itertools.groupby("aaabbcaa"):
    print(key, list(group))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.takewhile(str.isdigit, "123abc4")), list(itertools.dropwhile(str.isdigit, "123abc4")))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.pairwise([1, 2, 3, 4])))
print(list(itertools.filterfalse(str.isupper, "aBcD")), list(itertools.tee([1, 2])[1]))
print(functools.reduce(operator.add, range(10)), functools.reduce(operator.mul, range(1, 20), 1))


def join2(a, b):
    return a + "-" + b


print(functools.reduce(join2, ["x", "y", "z"]), functools.reduce(max, [3, 9, 2]))
int2 = functools.partial(int, base=2)
print(int2("1010"), int2("111"), functools.partial(pow, 2)(10), functools.partial(max, key=len)(["aa", "b"]))
print(sorted([3, 1, 2], key=functools.cmp_to_key(operator.sub)))
