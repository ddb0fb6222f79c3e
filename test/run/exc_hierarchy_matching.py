# RUN: %difftest %s
# Which handler matches: base classes, tuples (an empty one matches nothing), order of except
# clauses, handler classes computed at run time, OSError subclasses chosen by errno,
# LookupError covering KeyError/IndexError, and a handler expression that is not a class.
import errno


def which(exc, handlers):
    try:
        raise exc
    except handlers[0]:
        return "first"
    except handlers[1]:
        return "second"
    except Exception:
        return "fallback"


print(which(KeyError(), (LookupError, KeyError)))
print(which(KeyError(), (IndexError, KeyError)))
print(which(ValueError(), ((TypeError, KeyError, ValueError), OSError)))
print(which(ZeroDivisionError(), (ArithmeticError, ZeroDivisionError)))
print(which(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), (ValueError, Exception)))
print(which(RuntimeError(), ((), RecursionError)))
for code in [errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EPIPE, 12345]:
    e = OSError(code, "message")
    print(code == 12345 or errno.errorcode[code], type(e).__name__, e.errno, e.strerror)
print(type(OSError(errno.ENOENT, "x", "file.txt")).__name__, str(OSError(2, "No", "f.txt")))
print(IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in KeyError.__mro__])
print(issubclass(StopAsyncIteration, Exception), issubclass(GeneratorExit, Exception))


class Matcher:
    pass


try:
    try:
        raise ValueError("x")
    except Matcher:
        print("no")
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("y")
    except (ValueError, 3):
        print("no: every entry is checked first")
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise KeyError("z")
    except (ValueError, 3):
        print("no")
except TypeError as e:
    print("TypeError:", e)
