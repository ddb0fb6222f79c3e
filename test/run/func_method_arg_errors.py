# RUN: %difftest %s
# Argument-binding TypeErrors of methods, named by __qualname__: __init__ through the class
# call, instance methods called unbound and bound, classmethods (cls not counted),
# positional-only staticmethods, nested-class methods, lambdas in lambdas, unexpected
# keywords from ** and an uncaught one at the end.
class K:
    def __init__(self, a, /, b, *, c):
        pass
    def m(self, x, /, *, y=1):
        pass
    @classmethod
    def cm(cls, p, *, q):
        pass
    @staticmethod
    def sm(s, /):
        pass
    class Inner:
        def deep(self, z):
            pass
calls = [
    lambda: K(),
    lambda: K(1, 2),
    lambda: K(a=1, b=2, c=3),
    lambda: K(1, 2, 3),
    lambda: K(1, b=2, c=3, d=4),
    lambda: K.m(),
    lambda: K(1, 2, c=3).m(),
    lambda: K(1, 2, c=3).m(x=1),
    lambda: K(1, 2, c=3).m(1, 2),
    lambda: K.cm(),
    lambda: K.cm(1, 2),
    lambda: K.sm(s=1),
    lambda: K.sm(),
    lambda: K.Inner().deep(),
    lambda: K.Inner.deep(),
    lambda: (lambda a, /, b: 0)(a=1, b=2),
    lambda: (lambda *, k: 0)(),
    lambda: K(1, 2, c=3).m(1, y=2, z=3),
    lambda: K(1, 2, c=3).m(1, **{"y": 1, "w": 2}),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print(e)
K.Inner.deep(1, 2, 3)
