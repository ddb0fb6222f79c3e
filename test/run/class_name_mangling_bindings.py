# RUN: %difftest %s
# Mangling of bound names inside a class: private methods, global and nonlocal
# declarations, except targets, match captures, walrus targets, starred targets, and a
# private slot (mangled by type()) assigned, read and deleted.
_K__g = "module _K__g"
class K:
    __slots__ = ("__s", "plain")
    def __method(self):
        return "private method"
    def call(self):
        return self.__method(), sorted(k for k in K.__dict__ if "method" in k)
    def glob(self):
        global __g
        __g = "rebound via global"
        return __g
    def closure(self):
        __c = 1
        def inner():
            nonlocal __c
            __c += 1
            return __c
        return inner(), inner.__code__.co_freevars
    def exc(self):
        try:
            raise KeyError("k")
        except KeyError as __e:
            return repr(__e), sorted(locals())
    def match(self, v):
        match v:
            case [__a, *__rest]:
                return __a, __rest, sorted(locals())
    def slots(self):
        self.__s = "slot"
        val = self.__s
        del self.__s
        return val, hasattr(self, "_K__s")
    def walrus(self):
        return [(__w := x) for x in range(2)], __w
    def star(self):
        __first, *__others = [1, 2, 3]
        return __first, __others
k = K()
print(k.call(), k.glob(), _K__g, k.closure(), k.exc())
print(k.match([1, 2, 3]), k.slots(), k.walrus(), k.star(), K.__slots__)
