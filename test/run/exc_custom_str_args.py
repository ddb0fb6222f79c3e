# RUN: %difftest %s
# Custom exception classes: __str__, __repr__, args, __init__ that does not call super,
# extra attributes, and how str/repr/traceback show them (uncaught at the end).
class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(code, message)
        self.code = code
        self.message = message

    def __str__(self):
        return f"[{self.code}] {self.message}"


class NoSuper(Exception):
    def __init__(self, value):
        self.value = value


class Empty(Exception):
    pass


class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr<custom>"


e = AppError(404, "not found")
print(str(e), repr(e), e.args, e.code)
n = NoSuper(7)
print(repr(str(n)), repr(n), n.args, n.value)
print(repr(str(Empty())), repr(Empty()), Empty().args)
print(str(Empty("a", "b")), Empty("only").args)
print(str(WithRepr("x")), repr(WithRepr("x")))
print(str(KeyError("k")), str(KeyError("a", "b")), str(KeyError()))
e.args = ("replaced",)
print(e.args, str(e))
try:
    raise AppError(500, "server")
except Exception as caught:
    print(isinstance(caught, AppError), caught.message)


class Sub(AppError):
    pass


raise Sub(418, "teapot")
