# RUN: %difftest %s
# try/finally inside functions: return in finally overriding a return or an exception,
# break/continue in finally, finally running on return from a nested with, the return value
# evaluated before finally runs, an exception in finally replacing the pending one (with
# __context__), and generators closed while suspended inside try/finally.
def override_return():
    try:
        return "try"
    finally:
        return "finally"
def swallow_exception():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed"
def value_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
        x = "rebound"
def loop_control():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke out, exception dropped", i
def replace_in_finally():
    try:
        try:
            raise ValueError("first")
        finally:
            raise TypeError("second")
    except TypeError as e:
        return repr(e), repr(e.__context__)
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return False
def nested_with():
    try:
        with CM():
            return "from with"
    finally:
        print("outer finally")
print(override_return(), swallow_exception(), value_before_finally())
print(loop_control(), break_in_finally(), replace_in_finally())
print(nested_with())

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
print(next(g))
g.close()
g2 = gen()
next(g2)
try:
    g2.throw(RuntimeError("thrown"))
except RuntimeError as e:
    print("thrown out:", e)
def counted():
    n = 0
    while True:
        try:
            n += 1
            if n > 3:
                return n
        finally:
            if n == 2:
                continue
print(counted())
def deep():
    try:
        return 1 / 0
    finally:
        print("finally before traceback")
deep()
