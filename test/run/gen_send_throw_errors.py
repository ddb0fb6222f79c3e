# RUN: %difftest %s
# send() to an unstarted generator with a non-None value is a TypeError; send(None) starts
# it; a generator used after exhaustion keeps raising StopIteration; throw forms.
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)


g = echo()
try:
    g.send("early")
except TypeError as e:
    print("TypeError:", e)
print(g.send(None), g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
for _ in range(2):
    try:
        next(g)
    except StopIteration as e:
        print("again", e.value)
try:
    g.send(1)
except StopIteration:
    print("send after finish: StopIteration")


def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", repr(e))


c = catcher()
next(c)
print(c.throw(ValueError("instance")))
print(c.throw(ValueError))
try:
    c.throw(TypeError, TypeError("t"), None)
except TypeError as e:
    print("propagated", repr(e))
print(next(c, "dead after uncaught throw"))
fresh = catcher()
try:
    fresh.throw(KeyError("unstarted"))
except KeyError as e:
    print("unstarted throw propagates", repr(e))
try:
    catcher().throw("not an exception")
except TypeError as e:
    print(e)
