# RUN: %difftest %s
# Private name mangling in every position the compiler mangles: attributes on self and on
# other objects, class attributes, keyword arguments (no), lambda and comprehension
# variables, parameters (co_varnames), global names read from a method, nested classes
# (their own name), class names made of underscores, getattr strings (no), and imports
# (IMPORT_NAME and IMPORT_FROM are mangled; dotted names and the fromlist are not).
import sys
import types

def show(**kw):
    return sorted(kw)
__glob = "module-level __glob"
_Klass__glob = "mangled module name"
fake = types.ModuleType("_Klass__fake")
fake._Klass__item = "mangled item"
fake.__item = "unmangled item"
sys.modules["_Klass__fake"] = fake

class Klass:
    __attr = 1
    ___triple = 3
    __dunder__ = "not mangled"
    import __fake
    from __fake import __item
    from __fake import __item as __alias
    import os.path as __osp
    def kw(self):
        return show(__key=1, plain=2)
    def glob(self):
        return __glob
    def other(self, o):
        o.__hidden = "set on other"
        return vars(o)
    def lam(self):
        return (lambda __p: __p)(5), (lambda **k: sorted(k))(__q=1)
    def comp(self):
        return [__i for __i in range(2)]
    def varnames(self, __arg):
        return self.varnames.__code__.co_varnames
    def nested(self):
        class Inner:
            __inner_attr = 2
        return sorted(k for k in vars(Inner) if "inner" in k)
    def getattr_str(self):
        return getattr(self, "__attr", "string not mangled"), getattr(self, "_Klass__attr")
    def import_in_method(self):
        import __fake as m
        from __fake import __item
        return m.__name__, __item
    def import_missing(self):
        try:
            import __nonexistent_mod
        except ImportError as e:
            return e.name
    class __Private:
        pass

class _Leading:
    def m(self):
        self.__x = 1
        return vars(self)
class __Dunder:
    def m(self):
        self.__y = 1
        return vars(self)
class ___:
    def m(self):
        self.__z = 1
        return vars(self)

k = Klass()
print(sorted(a for a in vars(Klass) if a.startswith("_") and not a.endswith("__")))
print(Klass._Klass__fake.__name__, Klass._Klass__item, Klass._Klass__alias, Klass._Klass__osp.__name__)
print(k.kw(), k.glob(), k.lam(), k.comp(), k.varnames(0), k.nested())
class O:
    pass
print(k.other(O()), k.getattr_str(), k.import_in_method(), k.import_missing())
print(_Leading().m(), __Dunder().m(), ___().m())
