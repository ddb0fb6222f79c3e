# RUN: %difftest %s
counter = 0
history = []


def increment(by=1):
    global counter
    counter += by
    history.append(counter)
    return counter


def reset():
    global counter, history
    counter = 0
    history = []


increment()
increment(5)
print(counter, history)
reset()
print(counter, history)
for i in range(4):
    increment(i)
print(counter, history)


def define_new():
    global created_later
    created_later = "created inside function"


define_new()
print(created_later)


def read_only():
    return counter * 2


print(read_only())
CONST = "module constant"


def shadow():
    CONST = "local"
    return CONST


print(shadow(), CONST)
print("counter" in globals(), globals()["counter"])
