# RUN: %difftest %s
# Assignment expressions inside comprehensions bind in the enclosing function/module
# scope (not the comprehension), nonlocal/global interplay with :=, nested comprehensions,
# and the SyntaxErrors CPython gives for := on an iteration variable or in a class body
# comprehension.
data = [3, 8, 1, 9, 4]
found = [last := x for x in data if x > 2]
print(found, last)

def func():
    acc = 0
    sums = [acc := acc + x for x in range(5)]
    return sums, acc
print(func())

def nested():
    pairs = [[(inner_last := (i, j)) for j in range(2)] for i in range(2)]
    return pairs, inner_last
print(nested())

def any_match(words):
    if any((hit := w).startswith("b") for w in words):
        return "first b-word: " + hit
    return "none"
print(any_match(["apple", "banana", "berry"]), any_match(["x"]))

def with_nonlocal():
    seen = None
    def inner():
        nonlocal seen
        return [seen := v for v in "abc"]
    r = inner()
    return r, seen
print(with_nonlocal())

def gl():
    [glob_w := n for n in range(3)]
    return "glob_w" in globals()
print(gl())
glob_w = "module"
def gl2():
    global glob_w
    [glob_w := n * 10 for n in range(3)]
gl2()
print(glob_w)

for src in ("[i := 0 for i in range(3)]",
            "[x for x in (y := [1, 2])]",
            "class C:\n    [z := 1 for _ in range(2)]\n",
            "[[(j := 1) for _ in range(1)] for j in range(1)]"):
    try:
        compile(src, "<w>", "exec")
        print("compiled:", src.splitlines()[0])
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
print({(k := key): k * 2 for key in "ab"}, k)
