# RUN: %difftest %s
# atexit details: SystemExit in a thread ends only that thread, atexit._run_exitfuncs()
# runs and clears the handlers early (an exception in one is reported and the rest run),
# handlers registered afterwards still run at exit, one registered while exiting does not,
# and sys.exit with a string prints it and exits 1.
import atexit
import sys
import threading
def worker():
    print("worker exits via sys.exit")
    sys.exit(3)
t = threading.Thread(target=worker)
t.start(); t.join()
print("main alive after thread SystemExit")
atexit.register(print, "registered", "with", "args", sep="-")
class H:
    def __init__(self, n): self.n = n
    def __call__(self):
        print("handler", self.n)
        if self.n == 2:
            raise ValueError("boom %d" % self.n)
    def __repr__(self): return "H(%d)" % self.n
for n in range(3):
    atexit.register(H(n))
print("running exit funcs explicitly")
atexit._run_exitfuncs()
print("after explicit run", atexit._ncallbacks())
atexit.register(print, "registered after explicit run")
def nested_register():
    print("handler registering another")
    atexit.register(print, "registered during exit")
atexit.register(nested_register)
sys.exit("exit message to stderr")
