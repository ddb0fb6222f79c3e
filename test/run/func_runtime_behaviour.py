# RUN: %difftest %s
# Compiled callables behave like CPython's function objects where programs can tell:
# isinstance with types.MethodType, inspect predicates reading co_flags, binding via __get__
# and types.MethodType, pickling and copying by reference, weak references, equality of
# bound methods, and calling through a code-object-free path (map/sorted/functools).
# isinstance(f, types.FunctionType) and inspect.isfunction/isgenerator/iscoroutine accept
# compiled callables through __class__ (docs/compatibility.md).
import copy
import inspect
import pickle
import types
import weakref

def plain(x):
    return x + 1
def gen():
    yield 1
async def coro():
    pass
class C:
    def m(self, y):
        return ("m", y)
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm():
        return "sm"

print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
c = coro()
print(isinstance(gen, types.FunctionType), inspect.isfunction(plain), inspect.isgenerator(gen()),
      inspect.iscoroutine(c))
c.close()
print(inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(coro),
      inspect.isgeneratorfunction(plain), inspect.ismethod(C.cm), inspect.ismethod(C().m))
c = C()
bound = plain.__get__(c)
print(bound.__self__ is c, bound.__func__ is plain)
mt = types.MethodType(C.m, c)
print(mt(5), c.m == c.m, c.m is c.m, C.m is C.m, C.m.__get__(None, C) is C.m)
print(C.cm(), c.cm(), C.cm.__self__ is C, C.sm(), c.sm())
print(pickle.loads(pickle.dumps(plain)) is plain, copy.copy(plain) is plain, copy.deepcopy(plain) is plain)
print(pickle.loads(pickle.dumps(C.m)) is C.m)
r = weakref.ref(plain)
print(r() is plain, callable(plain), callable(C), callable(c))
print(plain == plain, hash(plain) == hash(plain), plain != (lambda x: x))
print(list(map(plain, [1, 2])), sorted([3, 1, 2], key=plain), max([1, 5, 2], key=lambda v: -v))
print(plain.__code__.co_argcount, plain.__code__.co_varnames, plain.__globals__ is globals())
print(plain.__call__(1), type(plain).__call__(plain, 2), plain.__get__(None, C) is plain)
print(gen.__code__.co_flags & inspect.CO_GENERATOR != 0, coro.__code__.co_flags & inspect.CO_COROUTINE != 0)
co = coro()
print(inspect.isawaitable(co), hasattr(gen(), "send"))
co.close()
try:
    plain.__get__()
except TypeError as e:
    print("TypeError")
try:
    C.m(1)
except TypeError as e:
    print("TypeError:", e)
