# RUN: %difftest %s
def classify(x):
    if x < 0:
        return "negative"
    elif x == 0:
        return "zero"
    elif x < 10:
        return "small"
    elif x < 100:
        return "medium"
    else:
        return "large"


for v in [-5, 0, 3, 42, 1000, 10, 99.9, -0.0]:
    print(v, classify(v))
for v in [0, 1, "", "a", [], [0], None, 0.0, {}, {0: 0}, (), set()]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 15
if x % 3 == 0 and x % 5 == 0:
    print("FizzBuzz")
if x > 10:
    if x > 20:
        print("big")
    else:
        print("between")
if not x:
    print("never")
elif x:
    print("elif taken")
for i in range(1, 16):
    if i % 15 == 0:
        print("FizzBuzz", end=" ")
    elif i % 3 == 0:
        print("Fizz", end=" ")
    elif i % 5 == 0:
        print("Buzz", end=" ")
    else:
        print(i, end=" ")
print()
