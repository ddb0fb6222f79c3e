# RUN: %difftest %s
# Exception subclasses with extra state, except clause ordering by the MRO, add_note()
# (3.11) shown in tracebacks, __suppress_context__ via "from None", with_traceback, and an
# uncaught exception carrying notes and an explicit cause.
class AppError(Exception):
    def __init__(self, msg, *, code=1):
        super().__init__(msg)
        self.code = code
class DbError(AppError):
    pass
class Timeout(DbError, TimeoutError):
    pass

for exc in (Timeout("slow", code=7), DbError("db"), AppError("app"), TimeoutError("os")):
    try:
        raise exc
    except DbError as e:
        print("DbError branch", type(e).__name__, e.code, isinstance(e, OSError))
    except AppError as e:
        print("AppError branch", e, e.code)
    except OSError as e:
        print("OSError branch", e)
print([k.__name__ for k in Timeout.__mro__])

try:
    try:
        {}["k"]
    except KeyError:
        raise AppError("hidden context") from None
except AppError as e:
    print(e.__suppress_context__, type(e.__context__).__name__, e.__cause__)

e = ValueError("with notes")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)

def fail():
    raise KeyError("inner")
try:
    fail()
except KeyError as k:
    saved = k.__traceback__
try:
    raise RuntimeError("retargeted").with_traceback(saved)
except RuntimeError as r:
    import traceback
    print([f.name for f in traceback.extract_tb(r.__traceback__)])

class Loud(Exception):
    def __str__(self):
        return "Loud(%s)" % ", ".join(map(str, self.args))
try:
    raise Loud(1, 2)
except Exception as x:
    print(str(x), repr(x), x.args)

def load():
    try:
        int("x")
    except ValueError as ve:
        err = DbError("could not load", code=3)
        err.add_note("while loading config")
        raise err from ve
load()
