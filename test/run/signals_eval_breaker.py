# RUN: %difftest %s
# Signals, other threads and KeyboardInterrupt reach compiled code where they reach the
# interpreter: after a call, in a busy loop, at function entry.
import signal, os, time, threading
got = []
signal.signal(signal.SIGALRM, lambda s, f: got.append(("handler", f.f_code.co_name, f.f_lineno)))
os.kill(os.getpid(), signal.SIGALRM)
print(got)
def spin():
    n = 0
    while not got or len(got) < 2:
        n += 1
    return n > 0
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(spin(), got[1][:2])
# threads: a compiled busy loop must let other threads run
flag = []
def worker():
    flag.append(1)
t = threading.Thread(target=worker)
t.start()
def busy():
    while not flag:
        pass
    return "other thread ran"
print(busy())
t.join()
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
signal.signal(signal.SIGALRM, signal.default_int_handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    while True:
        fib(10)
except KeyboardInterrupt:
    print("KeyboardInterrupt in the loop")
# An uncaught KeyboardInterrupt in a compiled loop: traceback at the loop's last line, and
# the process ends by SIGINT.
signal.setitimer(signal.ITIMER_REAL, 0.05)
count = 0
while True:
    count += 1
