# RUN: %difftest %s
# Generator-based coroutines: a priming decorator, a send pipeline (filter -> map -> sink),
# close() propagating down the pipeline via finally, and throw() used to signal an error.
import functools


def coroutine(func):
    @functools.wraps(func)
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return start


@coroutine
def sink(results):
    try:
        while True:
            results.append((yield))
    except GeneratorExit:
        print("sink closing with", results)
        raise


@coroutine
def mapper(func, target):
    try:
        while True:
            target.send(func((yield)))
    finally:
        target.close()


@coroutine
def only(pred, target):
    try:
        while True:
            try:
                item = yield
            except ArithmeticError as e:
                print("only() saw", repr(e))
                continue
            if pred(item):
                target.send(item)
    finally:
        target.close()


results = []
pipeline = only(lambda v: v % 2, mapper(lambda v: v * 10, sink(results)))
for value in range(6):
    pipeline.send(value)
pipeline.throw(ZeroDivisionError("signal"))
pipeline.send(7)
pipeline.close()
print(results, sink.__name__)
