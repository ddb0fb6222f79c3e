# RUN: %difftest %s
n = 0
while n < 5:
    n += 1
else:
    print("while finished normally, n =", n)
n = 0
while n < 100:
    n += 7
    if n > 30:
        print("break at", n)
        break
else:
    print("not printed")
while False:
    print("never")
else:
    print("else of a loop that never ran")
i = 10
total = 0
while i:
    i -= 1
    if i % 2:
        continue
    total += i
print(total)
x = 27
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print("collatz 27 steps:", steps)
a, b = 1071, 462
while b:
    a, b = b, a % b
print("gcd", a)
count = 0
while True:
    count += 1
    if count >= 1000:
        break
print(count)
