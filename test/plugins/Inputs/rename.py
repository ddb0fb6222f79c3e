def old(x):
    return "old " + str(x)


def new(x):
    return "new " + str(x)


print(old(1))
print(old(2))
