# RUN: %difftest %s
# inspect reading source through compiled code objects and frames: getsource of a
# function's, a method's, a lambda's and a decorated function's __code__ (co_firstlineno
# and the line table decide the block), of classes, currentframe/getframeinfo/stack.
# (inspect.getsource(function) itself rejects compiled functions: docs/compatibility.md.)
import inspect
def top(a,
        b=2):
    """Doc."""
    return a + b
class K:
    def m(self):
        return 1
    class Inner:
        pass
lam = lambda x: x * 2
def deco(f):
    return f
@deco
def decorated():
    pass
print(inspect.getsource(top.__code__), end="")
print(inspect.getsource(K.m.__code__), end="")
print(inspect.getsource(K.Inner), end="")
print(inspect.getsource(lam.__code__), end="")
print(inspect.getsource(decorated.__code__), end="")
print(inspect.getsource(K)[:9])
print(top.__code__.co_firstlineno, decorated.__code__.co_firstlineno, lam.__code__.co_firstlineno)
def gen():
    yield inspect.currentframe().f_code.co_name
print(list(gen()), inspect.getframeinfo(inspect.currentframe()).lineno)
def caller():
    return inspect.stack()[1].function, inspect.stack()[0].lineno, inspect.stack()[0].code_context
print(caller())
