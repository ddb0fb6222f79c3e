# RUN: %difftest %s
def configure(name, *, verbose=False):
    return name, verbose


print(configure("a", verbose=True))
print(configure("b", colour="red"))
