# RUN: %difftest %s
# atexit: handlers run last-registered-first after the program ends, with positional and
# keyword arguments, unregister, a handler that raises (reported on stderr, the others
# still run, exit code unchanged), and a handler registered by another handler's module
# code. The program ends with an uncaught exception: its traceback comes before handlers.
import atexit

def bye(name, punct="."):
    print("bye", name + punct)

class Failing:
    # A callable object with a fixed repr: the "Exception ignored" line shows the repr of
    # the callback, and a function's would contain its address.
    def __call__(self):
        print("failing handler runs")
        raise RuntimeError("handler error")
    def __repr__(self):
        return "<Failing handler>"
failing = Failing()

def unregistered():
    print("never")

atexit.register(bye, "first")
atexit.register(failing)
atexit.register(bye, "second", punct="!")
atexit.register(unregistered)
atexit.unregister(unregistered)

@atexit.register
def decorated():
    print("decorated handler")

class Resource:
    def __init__(self, name):
        self.name = name
        atexit.register(self.close)
    def close(self):
        print("closing", self.name)
Resource("db")
print("main done", atexit._ncallbacks())
raise SystemError("uncaught at end") if False else KeyError("uncaught before atexit")
