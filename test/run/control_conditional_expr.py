# RUN: %difftest %s
for x in [-2, 0, 3]:
    print("neg" if x < 0 else "zero" if x == 0 else "pos")
a = 5
b = 10
print(a if a > b else b, (a if a < b else b) * 2, [1, 2][0 if a else 1])
print("even" if a % 2 == 0 else "odd", 1 / a if a else "inf", 1 / 0 if False else "safe")


def sign(n):
    return -1 if n < 0 else (1 if n > 0 else 0)


print(sign(-5), sign(0), sign(99), sign(-0.0))
print(f"{'yes' if a else 'no'}", str(a) + ("!" if b > a else "?"))
s = "" if a > 100 else "x" * a
print(s)
