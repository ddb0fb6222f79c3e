# RUN: %difftest %s
# atexit handlers run on sys.exit() with a code (kept as the exit status), see module
# state as it was at exit, a SystemExit raised inside a handler, and handlers printing to
# stderr.
import atexit
import sys

state = {"n": 0}
def report():
    print("report n =", state["n"])
    print("to stderr from handler", file=sys.stderr)
class Exiting:
    # Fixed repr: the "Exception ignored in atexit callback" line shows it.
    def __call__(self):
        print("handler raising SystemExit")
        raise SystemExit(9)
    def __repr__(self):
        return "Exiting()"
exiting_handler = Exiting()
atexit.register(report)
atexit.register(exiting_handler)
atexit.register(lambda: print("lambda handler", sys.exc_info()[0]))
for i in range(5):
    state["n"] += i
def main():
    print("exiting with 4")
    sys.exit(4)
main()
print("not reached")
