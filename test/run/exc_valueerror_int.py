# RUN: %difftest %s
def parse_all(items):
    out = []
    for s in items:
        out.append(int(s))
    return out


print(parse_all(["1", " 2 ", "-3"]))
print(parse_all(["4", "x", "6"]))
