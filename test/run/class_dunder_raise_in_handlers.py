# RUN: %difftest %s
# Exceptions raised by dunders in every position where compiled code evaluates them
# implicitly, each inside a try: __bool__ of a compare result in while/not/and/or/ternary/
# assert, __contains__, __eq__ in list.index and `in` on a list, __hash__ for a dict key,
# __index__ in slicing, __iter__/__next__ in unpacking, __format__ in an f-string,
# __len__ in truth testing, __getitem__ in a for loop and __exit__.
class Boom(Exception):
    pass
class BadBool:
    def __bool__(self):
        raise Boom("bool")
class Cmp:
    def __lt__(self, o): return BadBool()
    def __gt__(self, o): return BadBool()
    def __eq__(self, o): raise Boom("eq")
    def __contains__(self, x): raise Boom("contains")
    def __hash__(self): raise Boom("hash")
    def __index__(self): raise Boom("index")
    def __iter__(self): return self
    def __next__(self): raise Boom("next")
    def __format__(self, spec): raise Boom("format " + spec)
    def __len__(self): raise Boom("len")
    def __getitem__(self, i): raise Boom("getitem")
c = Cmp()
def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except Boom as e:
        print(label, "->", e)

def loop():
    while c < 1:
        pass
def negate():
    return not (c < 1)
def both():
    return (c < 1) and 1
def either():
    return 0 or (c < 1) or 2
def ternary():
    return 1 if c < 2 else 0
def asserting():
    assert c < 1, "msg"
def unpack():
    a, b = c
def fmt():
    return f"{c:>5}"
def truth():
    if c:
        pass
class OldSeq:
    def __getitem__(self, i):
        raise Boom("getitem %d" % i)
def forloop():
    for _ in OldSeq():
        pass
for label, fn in [("while", loop), ("not", negate), ("and", both), ("or", either),
                  ("ternary", ternary), ("assert", asserting), ("in", lambda: 1 in c),
                  ("not in", lambda: 1 not in c), ("list.index", lambda: [c].index(0)),
                  ("list in", lambda: 0 in [c]), ("dict key", lambda: {c: 1}),
                  ("slice", lambda: [1, 2][c:]), ("unpack", unpack), ("format", fmt),
                  ("truth", truth), ("for", forloop), ("chain", lambda: 0 < 1 < c < 3),
                  ("sorted", lambda: sorted([c, c]))]:
    attempt(label, fn)
print("all handled")
