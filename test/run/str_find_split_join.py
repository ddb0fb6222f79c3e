# RUN: %difftest %s
text = "the quick brown fox jumps over the lazy dog the end"
print(text.find("the"), text.find("the", 1), text.rfind("the"), text.find("cat"), text.rfind("the", 0, 20))
print(text.index("fox"), text.count("the"), text.find(""), text.rfind(""), text.find("o", -10))
words = text.split()
print(len(words), words, words[::-1])
print(" ".join(words[::-1]), "|".join(sorted(words)), "_".join(sorted(set(words))))
print(text.split("the"), text.split("the", 1), text.rsplit("the", 1), text.split(" ", 3))
print("a,b;c d".replace(";", ",").replace(" ", ",").split(","))
csv = "name,age,city\nalice,30,paris\nbob,25,rome\n"
rows = []
for line in csv.strip().split("\n"):
    rows.append(line.split(","))
print(rows)
header = rows[0]
for r in rows[1:]:
    print(dict(zip(header, r)))
print("  multiple   spaces here  ".split(), "  multiple   spaces here  ".split(" "))
print("\n".join(["a", "b", "c"]).splitlines(), "a\r\nb\rc\n".splitlines(keepends=True))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
print(", ".join(map(str, range(10))), "".join(reversed("stressed")), str.join("+", ["1", "2"]))
