# RUN: %difftest %s
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3], s[:3], s[3:], s[-3:], s[:-3], s[2:5], s[5:2], s[::2], s[1::2])
print(s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[-1:-4:-1], s[100:], s[:100], s[-100:3], s[3:-100])
print(repr(s[5:5]), s[0:10:3], s[None:None:None], s[slice(1, 8, 2)], s[slice(None, None, -1)])
for i in range(-3, 4):
    for j in range(-3, 4):
        print(i, j, repr(s[i:j]), repr(s[i:j:-1]), end="; ")
    print()
u = "héllo wörld ünïcode"
print(u[1], u[7:12], u[::-1], len(u), u[-7:])
print(slice(1, 2, 3), slice(5).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
