# RUN: %difftest %s
# threading.Thread running compiled functions and bound methods: results collected into a
# list indexed by thread, join() ordering, a Lock protecting a shared counter, a subclass
# overriding run(), thread names, and an exception in a thread (reported through
# threading.excepthook, which is replaced here to keep the output deterministic).
import threading

def work(idx, n, out):
    total = 0
    for i in range(n):
        total += i * idx
    out[idx] = total

results = [None] * 4
threads = [threading.Thread(target=work, args=(i, 1000, results)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results, all(not t.is_alive() for t in threads))

lock = threading.Lock()
shared = {"count": 0}
def bump(times):
    for _ in range(times):
        with lock:
            shared["count"] += 1
ts = [threading.Thread(target=bump, args=(2000,)) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(shared["count"], lock.locked())

class Worker(threading.Thread):
    def __init__(self, word):
        super().__init__(name="worker-" + word)
        self.word = word
        self.result = None
    def run(self):
        self.result = self.word[::-1].upper()
ws = [Worker(w) for w in ("abc", "hello")]
for w in ws: w.start()
for w in ws: w.join()
print([(w.name, w.result) for w in ws])

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
def boom():
    raise ValueError("in thread")
t = threading.Thread(target=boom, name="boomer")
t.start()
t.join()
print(seen)

local = threading.local()
def set_local(v, out):
    local.value = v
    out.append(local.value)
out = []
lt = threading.Thread(target=set_local, args=("thread value", out))
local.value = "main value"
lt.start(); lt.join()
print(out, local.value, threading.current_thread().name, threading.main_thread() is threading.current_thread())
