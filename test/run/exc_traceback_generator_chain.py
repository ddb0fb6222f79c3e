# RUN: %difftest %s
# Tracebacks through stacked generators (yield from and plain for loops) when the innermost
# one raises, uncaught; the traceback lists every generator frame.
def source(items):
    for item in items:
        yield int(item)


def doubled(items):
    yield from (x * 2 for x in source(items))


def labelled(items):
    for i, v in enumerate(doubled(items)):
        yield f"{i}:{v}"


print(list(labelled(["1", "2"])))
for line in labelled(["3", "four"]):
    print(line)
