# RUN: %difftest %s
# Implicit chaining never creates a cycle: re-raising an exception that is already in the
# context chain of the one being handled cuts the chain there; raising the handled
# exception itself keeps its old context; explicit cycles made by assignment are allowed.
class A(Exception):
    pass


class B(Exception):
    pass


class C(Exception):
    pass


def chain(e):
    out = []
    seen = set()
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        out.append(type(e).__name__)
        e = e.__context__
    return out


try:
    try:
        raise A("a")
    except A as a:
        try:
            raise B("b")
        except B:
            raise a
except A as e:
    print("re-raised a:", chain(e), repr(e.__context__.__context__))

try:
    try:
        raise A("a")
    except A as a:
        try:
            raise B("b")
        except B as b:
            try:
                raise C("c")
            except C:
                raise a
except A as e:
    print("deeper:", chain(e))

try:
    try:
        raise A("self")
    except A as a:
        raise a
except A as e:
    print("self re-raise:", chain(e))
x, y = A("x"), B("y")
x.__context__ = y
y.__context__ = x
print("manual cycle:", chain(x))
try:
    try:
        raise y
    except B:
        raise C("after cycle")
except C as e:
    print("handled with cycle:", chain(e))
