# RUN: %difftest %s
# An uncaught exception unwinding through several frames with finally blocks and with
# statements: each cleanup prints in innermost-first order before the traceback.
class Step:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)


def innermost(data):
    try:
        return data["missing"]
    finally:
        print("innermost finally")


def middle(data):
    with Step("middle"):
        try:
            innermost(data)
        except TypeError:
            print("not this one")
        finally:
            print("middle finally")


def outer():
    for attempt in range(3):
        try:
            print("attempt", attempt)
            middle({"present": 1})
        finally:
            print("outer finally", attempt)


try:
    outer()
finally:
    print("module finally")
