# RUN: %difftest %s
# An exception in a thread: the default threading.excepthook prints "Exception in thread
# NAME:" and the traceback through threading's frames; a custom hook replaces it.
import threading
def worker(n):
    if n == 1:
        raise ValueError(f"worker {n} failed")
    print("worker", n, "ok")
for i in range(2):
    t = threading.Thread(target=worker, args=(i,), name=f"w{i}")
    t.start()
    t.join()
def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)
threading.excepthook = hook
t = threading.Thread(target=worker, args=(1,), name="hooked")
t.start(); t.join()
print("main done")
