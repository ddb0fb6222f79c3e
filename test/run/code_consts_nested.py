# RUN: %difftest %s
# A code object's co_consts holds the code of the functions, lambdas, comprehensions and
# class bodies defined in it (after the docstring), and the interpreter can run such code
# on its own, before the enclosing function ever ran (inspect's getcallargs test does).
import types


def make_set():
    return {z * z for z in range(5)}


consts = make_set.__code__.co_consts
print(len(consts), consts[0], type(consts[1]).__name__, consts[1].co_name)
print(sorted(types.FunctionType(consts[1], {})(iter(range(5)))))


def outer():
    """doc"""

    def a():
        return [i for i in range(3)]

    class K:
        def method(self):
            pass

    return lambda: 1


def codes(code):
    return [(c.co_name, codes(c)) for c in code.co_consts if isinstance(c, types.CodeType)]


print(outer.__code__.co_consts[0], codes(outer.__code__))
print(codes(compile("def f():\n    def g(): pass\n", "<s>", "exec")))
