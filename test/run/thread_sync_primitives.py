# RUN: %difftest %s
# Threads coordinating through an Event, a Condition-based producer/consumer queue.Queue,
# a Semaphore, RLock re-entry and a Barrier; all output is printed by the main thread in a
# fixed order so it is deterministic.
import queue
import threading

q = queue.Queue()
def producer(n):
    for i in range(n):
        q.put(i * i)
    q.put(None)
items = []
def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        items.append(item)
p = threading.Thread(target=producer, args=(6,))
c = threading.Thread(target=consumer)
c.start(); p.start()
p.join(); c.join()
print(items)

ready = threading.Event()
flags = []
def waiter():
    ready.wait()
    flags.append("woke")
w = threading.Thread(target=waiter)
w.start()
flags.append("set")
ready.set()
w.join()
print(flags, ready.is_set())

rlock = threading.RLock()
def reenter(depth):
    with rlock:
        return 1 if depth == 0 else 1 + reenter(depth - 1)
res = []
t = threading.Thread(target=lambda: res.append(reenter(5)))
t.start(); t.join()
print(res)

sem = threading.Semaphore(2)
active = [0]
peak = [0]
guard = threading.Lock()
def limited():
    with sem:
        with guard:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        with guard:
            active[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(peak[0] <= 2, active[0])

barrier = threading.Barrier(3)
arrived = []
def at_barrier(i):
    arrived.append(i)
    barrier.wait()
ts = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(arrived), barrier.broken)

cond = threading.Condition()
box = []
def put_later():
    with cond:
        box.append("payload")
        cond.notify()
with cond:
    t = threading.Thread(target=put_later)
    t.start()
    cond.wait_for(lambda: box)
t.join()
print(box)
