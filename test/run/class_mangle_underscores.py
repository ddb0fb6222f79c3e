# RUN: %difftest %s
# Private-name mangling in a class body follows _Py_Mangle exactly: `___` ends with two
# underscores, so it is not mangled (it was, giving NameError: _C___); `__x` is, `__x__` and
# `__` are not.
___ = "three"
__ = "two"


class C:
    __x = 1
    __y__ = 2

    def names(self):
        return ___, __, self.__x, self.__y__

    def attrs(self):
        return sorted(n for n in vars(C) if "x" in n or "y" in n)

print(C().names(), C().attrs())


class _:
    __z = 3  # a class named only with underscores mangles nothing

print(sorted(n for n in vars(_) if "z" in n))
