# RUN: %difftest %s
# yield from delegates send, throw and close to the subgenerator; the return value via
# StopIteration.value; throw of an exception the subgenerator does not handle; delegation
# to a non-generator iterator (close/throw not forwarded).
def averager():
    total = count = 0
    while True:
        value = yield (total / count if count else None)
        if value is None:
            return total, count
        total += value
        count += 1


def grouper(results, key):
    while True:
        results[key] = yield from averager()
        print("group", key, "done")
        return "grouper done"


results = {}
g = grouper(results, "a")
next(g)
for v in [10, 20, 30]:
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print(e.value, results)


def sub():
    try:
        while True:
            try:
                yield "sub"
            except KeyError as e:
                print("sub handled", repr(e))
    finally:
        print("sub finally")


def deleg():
    try:
        yield from sub()
    except ValueError as e:
        print("deleg got", repr(e))
        yield "after"


d = deleg()
next(d)
print(d.throw(KeyError("k")))
print(d.throw(ValueError("v")))
d.close()
d = deleg()
next(d)
d.close()
print("closed")


def over_list():
    r = yield from [1, 2]
    print("list delegation returns", r)
    yield from iter(range(2))


print(list(over_list()))
o = over_list()
next(o)
try:
    o.throw(IndexError("into list iterator"))
except IndexError as e:
    print("thrown straight into delegator", repr(e))
