# RUN: %difftest %s
vals = [0, 1, -1, 5, -5, 2**29, 2**30, -2**30, 2**59, 2**61, -2**61, 2**62 - 1, 2**62, -2**62, 2**63, 12345678901234567, -98765432109876543]
sh = [0, 1, 2, 29, 30, 31, 60, 61, 62, 63, 64, 100, 200]
out = []
for v in vals:
    for s in sh:
        out.append(v >> s)
        out.append(v << s)
        x = v; x >>= s; out.append(x)
        x = v; x <<= s; out.append(x)
    for w in vals:
        out.append(v + w); out.append(v - w); out.append(v * w)
        out.append(v < w); out.append(v == w); out.append(v & w); out.append(v | w); out.append(v ^ w)
        if w:
            out.append(v // w); out.append(v % w)
print(hash(tuple(out)), len(out))
print(out[:50])
for bad in (-1, -100):
    try:
        print(1 >> bad)
    except ValueError as e:
        print("ValueError", e)
    try:
        print(1 << bad)
    except ValueError as e:
        print("ValueError", e)
s = "héllo€x"
print([s[i] for i in range(-7, 7)], s[-1] is s[-1], s[1] is s[1])
try:
    s[7]
except IndexError as e:
    print("IndexError", e)
try:
    s[-8]
except IndexError as e:
    print("IndexError", e)
class S(str): pass
print(S("ab")[1], type(S("ab")[1]))
print((2**62 + 3) % 7, (-(2**61)) // 3, (2**61) * 3, (2**61) * 4, -(2**61) * 2)
