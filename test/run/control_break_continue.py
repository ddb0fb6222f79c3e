# RUN: %difftest %s
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    else:
        continue
    break
print("found", found)
out = []
for i in range(20):
    if i % 2 == 0:
        continue
    if i > 13:
        break
    out.append(i)
print(out)
i = 0
res = []
while i < 10:
    i += 1
    j = 0
    while j < i:
        j += 1
        if j == 3:
            break
        if j == 2:
            continue
        res.append((i, j))
print(res)
for word in ["alpha", "beta", "", "gamma", "stop", "delta"]:
    if not word:
        print("skip empty")
        continue
    if word == "stop":
        print("stopping")
        break
    print("word", word)
