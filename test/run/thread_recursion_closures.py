# RUN: %difftest %s
# Compiled code on non-main threads: recursion near the limit and a caught RecursionError
# inside a thread (the thread's native stack must hold it), closures with nonlocal state
# shared between threads under a lock, a generator created in one thread and consumed in
# another, and threading.stack_size left at its default.
import sys
import threading

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
def overflow():
    return overflow()

out = {}
def deep_worker():
    out["depth"] = depth(900)
    try:
        overflow()
    except RecursionError as e:
        out["recursion"] = str(e)
    out["after"] = depth(50)
t = threading.Thread(target=deep_worker)
t.start(); t.join()
print(out)

def make_counter():
    lock = threading.Lock()
    total = 0
    def add(k):
        nonlocal total
        for _ in range(k):
            with lock:
                total += 1
    def get():
        return total
    return add, get
add, get = make_counter()
ts = [threading.Thread(target=add, args=(500,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(get())

def squares(n):
    for i in range(n):
        yield i * i
g = squares(5)
first = next(g)
rest = []
t = threading.Thread(target=lambda: rest.extend(g))
t.start(); t.join()
print(first, rest)

def raise_in_thread(results):
    try:
        {}["missing"]
    except KeyError as e:
        results.append(("caught in thread", repr(e), sys.exc_info()[0].__name__))
    results.append(sys.exc_info())
res = []
t = threading.Thread(target=raise_in_thread, args=(res,))
t.start(); t.join()
print(res, sys.exc_info(), threading.stack_size())
