# RUN: %difftest %s
# A replaced sys.excepthook receives the uncaught exception (type, value, traceback with
# the compiled frames) instead of the default printer; the exit code is still 1, and
# atexit handlers run after the hook.
import atexit
import sys

def hook(tp, value, tb):
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("hook:", tp.__name__, value, frames, file=sys.stderr)
    print("cause:", repr(value.__cause__), file=sys.stderr)

sys.excepthook = hook
atexit.register(print, "atexit after hook")

class Service:
    def run(self):
        return self.step()
    def step(self):
        try:
            return int("bad")
        except ValueError as e:
            raise LookupError("step failed") from e

print("starting")
Service().run()
