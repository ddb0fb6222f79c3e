# RUN: %difftest %s
s = ""
for i in range(20):
    s += str(i) + ","
print(s)
parts = []
for i in range(10):
    parts.append(chr(ord("a") + i) * (i + 1))
print("".join(parts), len("".join(parts)))
line = "=" * 40
print(line)
box = []
for row in range(5):
    box.append("|" + " " * row + "*" + " " * (8 - 2 * row) + ("*" if row < 4 else "") + "|")
print("\n".join(box))
acc = ""
n = 0
while len(acc) < 100:
    acc = acc + format(n, "03d")
    n += 7
print(acc, len(acc))
words = ["alpha", "beta", "gamma"]
out = ""
for i, w in enumerate(words):
    if i:
        out += ", "
    out += w.upper() + "(" + str(len(w)) + ")"
print(out)
rev = ""
for ch in "reverse me":
    rev = ch + rev
print(rev)
big = "ab" * 50000
print(len(big), big[-4:], big.count("ab"), (big + "x").find("x"))
table = ""
for i in range(1, 6):
    for j in range(1, 6):
        table += f"{i * j:4}"
    table += "\n"
print(table, end="")
