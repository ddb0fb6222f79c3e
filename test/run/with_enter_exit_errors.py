# RUN: %difftest %s
# Exceptions raised in __enter__ (the __exit__ does not run, earlier items exit) and in
# __exit__ (replacing the body's exception, which becomes its context); missing protocol.
class CM:
    def __init__(self, name, fail_enter=False, fail_exit=False):
        self.name = name
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit

    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise ValueError(f"enter {self.name}")
        return self

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        if self.fail_exit:
            raise KeyError(f"exit {self.name}")
        return False


try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        print("not reached")
except ValueError as e:
    print("caught", e)

try:
    with CM("d", fail_exit=True):
        raise TypeError("body")
except KeyError as e:
    print("caught", repr(e), "context", repr(e.__context__))

try:
    with CM("e"), CM("f", fail_exit=True):
        pass
except KeyError as e:
    print("caught", repr(e))


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

try:
    with 42:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

with CM("g"), CM("h", fail_exit=True):
    raise IndexError("body of h")
