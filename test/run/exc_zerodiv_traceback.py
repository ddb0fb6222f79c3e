# RUN: %difftest %s
# RUN: %difftest --no-run --build-flag=-O0 %s
def ratio(a, b):
    return a / b


def average_ratio(pairs):
    total = 0
    for a, b in pairs:
        total += ratio(a, b)
    return total / len(pairs)


def report(data):
    value = average_ratio(data)
    print("average", value)


report([(1, 2), (3, 4)])
print("about to fail")
report([(1, 2), (5, 0)])
print("never printed")
