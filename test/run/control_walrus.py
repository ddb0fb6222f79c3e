# RUN: %difftest %s
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
total = 0
i = 0
while (i := i + 1) <= 5:
    total += i
print(total, i)
values = iter([5, 4, 0, 3])
while (v := next(values)) != 0:
    print("value", v)
print((y := 10) + y, y)


def first_big(items, limit):
    for it in items:
        if (sq := it * it) > limit:
            return it, sq
    return None


print(first_big(data, 50), first_big(data, 1000))
text = "key=value"
if (pos := text.find("=")) != -1:
    print(text[:pos], text[pos + 1:])
print([z := 5, z + 1, z * 2])
buf = "abcdefghij"
while chunk := buf[:3]:
    print(chunk)
    buf = buf[3:]
