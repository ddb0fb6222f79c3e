# RUN: %difftest %s
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("empty loop else")
for ch in "hello":
    if ch == "l":
        print("found l")
        break
else:
    print("no l")
for ch in "xyz":
    if ch == "l":
        break
else:
    print("no l in xyz")
for k in {"a": 1, "b": 2}:
    print("key", k)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for b in b"AB":
    print(b)
for t in (1, 2.5, "s", None):
    print(type(t).__name__)
for i in range(10, 0, -3):
    print(i, end=",")
print()
for v in reversed([1, 2, 3]):
    print(v, end=" ")
print()
for v in sorted({5, 3, 9}):
    print(v, end=" ")
print()
for i in range(3):
    pass
print("loop var after loop:", i)
it = iter([1, 2, 3, 4])
for a in it:
    print("pair", a, next(it))
lst = [1, 2, 3]
for x in lst:
    if x < 10:
        lst.append(x * 10)
print(lst)
