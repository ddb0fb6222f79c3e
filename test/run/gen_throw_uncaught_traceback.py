# RUN: %difftest %s
# throw() into a suspended generator that does not handle it: the traceback shows the
# caller's throw line and the generator's yield line; a handled throw returning the next
# value; throw into a generator suspended inside a finally-protected block (uncaught).
def worker():
    total = 0
    while True:
        try:
            value = yield total
        except ValueError:
            print("worker reset")
            total = 0
            continue
        total += value


w = worker()
next(w)
w.send(5)
print(w.send(6))
print(w.throw(ValueError))
print(w.send(1))


def protected():
    try:
        yield "first"
        yield "second"
    finally:
        print("protected finally")


p = protected()
print(next(p))
p.throw(KeyError("thrown in"))
