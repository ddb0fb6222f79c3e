# RUN: %difftest %s
# Implicit deletes: "except E as name" unbinds name after the handler (even a name bound
# before), including in a function (UnboundLocalError) and a class body; del of the loop
# variable inside a loop; del in a class body; del through a metaclass __delattr__; and
# deleting a name that is only conditionally bound.
e = "before"
try:
    raise ValueError("v")
except ValueError as e:
    print("in handler", e)
print("e" in globals())

def func():
    err = "preset"
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    try:
        return err
    except UnboundLocalError as u:
        return "UnboundLocalError: " + str(u)
print(func())

class Body:
    try:
        raise KeyError("k")
    except KeyError as caught:
        msg = str(caught)
    present = "caught" in locals()
print(Body.msg, Body.present)

total = []
for i in range(5):
    total.append(i)
    del i
print(total, "i" in globals())

class Meta(type):
    def __delattr__(cls, name):
        print("Meta.__delattr__", name)
        super().__delattr__(name)
class K(metaclass=Meta):
    attr = 1
    temp = 2
    del temp
del K.attr
print(hasattr(K, "attr"), hasattr(K, "temp"))

def maybe(flag):
    if flag:
        val = 1
    del val
    return "deleted"
print(maybe(True))
try:
    maybe(False)
except UnboundLocalError as ex:
    print("UnboundLocalError:", ex)

def handler_in_loop():
    out = []
    for n in range(3):
        try:
            if n % 2:
                raise IndexError(n)
        except IndexError as exc:
            out.append(str(exc))
        out.append("exc" in locals())
    return out
print(handler_in_loop())
try:
    raise OSError("x")
except OSError as e:
    pass
print(e)
