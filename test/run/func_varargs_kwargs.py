# RUN: %difftest %s
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s


print(total(), total(1), total(1, 2, 3), total(*range(101)))


def show(*args, **kwargs):
    print("args:", args, "kwargs:", kwargs)


show()
show(1, "two", [3])
show(a=1, b=2)
show(1, 2, x="x", y=None)
show(*"ab", **{"k": "v"})


def forward(*args, **kwargs):
    return show(*args, **kwargs)


forward(9, 8, z=7)


def first_and_rest(first, *rest, sep=", "):
    return str(first) + ": " + sep.join(map(str, rest))


print(first_and_rest(1, 2, 3), first_and_rest("x", sep="|"), first_and_rest(0, 1, 2, sep="+"))


def kw_only_collect(**options):
    out = []
    for key in sorted(options):
        out.append(key + "=" + repr(options[key]))
    return ", ".join(out)


print(kw_only_collect(beta=2, alpha=1, gamma=[3]))
print(max(*[3, 9, 2]), min(4, *[8, 1]))
