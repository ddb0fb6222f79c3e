# RUN: %difftest %s
# Call argument evaluation order with *args and **kwargs mixed with plain arguments,
# keyword order preserved into **kwargs, several ** mappings (a duplicate key is a
# TypeError), ** with a non-mapping, * with a generator, and keyword names that are not
# identifiers.
def trace(tag, value):
    print("eval", tag)
    return value

def f(*args, **kwargs):
    return args, list(kwargs.items())

print(f(trace("a", 1), *trace("star", [2, 3]), trace("b", 4), k=trace("k", 5), **trace("dstar", {"z": 6})))
print(f(**{"b": 1}, a=2, **{"c": 3}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1, 2])
except TypeError as e:
    print("TypeError:", e)
print(f(*(x * 2 for x in range(3))), f(*"ab", *b"c"))
print(f(**{"not an identifier": 1, "1x": 2}))

class M:
    def keys(self):
        print("keys called")
        return ["q", "r"]
    def __getitem__(self, k):
        return k.upper()
print(f(**M()))

def g(a, b, c=0, *, d):
    return a, b, c, d
print(g(*[1], *[2], d=4), g(1, *(), b=2, **{"d": 3}))
print(trace("callee", g)(trace("arg1", 1), trace("arg2", 2), d=trace("arg3", 3)))
args = [1, 2]
kwargs = {"d": 9}
print(g(*args, **kwargs), args, kwargs)
try:
    g(*args, c=1, **{"c": 2, "d": 0})
except TypeError as e:
    print("TypeError:", e)
print(max(*[3, 1], *[7]), dict(**{"a": 1}, b=2), "{a}-{b}".format(**{"a": 1, "b": 2}))
f(*1)
