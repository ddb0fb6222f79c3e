# RUN: %difftest %s
# Interpreter shutdown with a compiled non-daemon thread still running: the main module
# ends (even by an uncaught exception), the runtime waits for the thread (threading's
# shutdown), and only then run the atexit handlers; a daemon thread blocked forever does
# not delay exit.
import atexit
import threading

go = threading.Event()
never = threading.Event()
def worker():
    go.wait()
    total = sum(i * i for i in range(1000))
    print("worker finished after main ended:", total)
def daemon():
    never.wait()
    print("daemon never prints")

atexit.register(lambda: print("atexit runs after the worker"))
threading.Thread(target=worker, name="late").start()
threading.Thread(target=daemon, daemon=True).start()
print("main body done")
go.set()
raise RuntimeError("main ends with an uncaught exception")
