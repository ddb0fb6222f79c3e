# RUN: %difftest %s
# A lazy generator pipeline over lines of text: each stage pulls one item at a time (the
# interleaved prints show it), early termination closes every stage (their finally blocks
# run innermost last), and an error in a middle stage surfaces at the consumer (uncaught).
TEXT = """alpha 1
beta 2
# comment
gamma x
delta 4"""


def read_lines(text):
    try:
        for line in text.splitlines():
            print("  read", repr(line))
            yield line
    finally:
        print("  reader closed")


def skip_comments(lines):
    try:
        for line in lines:
            if not line.startswith("#"):
                yield line
    finally:
        print("  filter closed")


def parse(lines):
    try:
        for line in lines:
            name, value = line.split()
            yield name, int(value)
    finally:
        print("  parser closed")


pipeline = parse(skip_comments(read_lines(TEXT)))
for name, value in pipeline:
    print("got", name, value)
    if value == 2:
        break
pipeline.close()
print("first run done")
total = 0
for name, value in parse(skip_comments(read_lines(TEXT))):
    total += value
    print("running total", total)
