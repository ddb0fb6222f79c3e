# RUN: %difftest %s
# An exception escaping a thread's target uses the default threading.excepthook: "Exception
# in thread NAME:" and the traceback through the compiled target go to stderr, the thread
# ends, the main thread continues, and the exit code stays 0. Also a ThreadPoolExecutor.
import concurrent.futures
import threading

def parse(text):
    return int(text)
def target(text):
    print("worker got", text)
    return parse(text)

t = threading.Thread(target=target, args=("x1",), name="parser-thread")
t.start()
t.join()
print("main continues", t.is_alive())

with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
    results = list(ex.map(lambda n: n * n, range(6)))
    fut = ex.submit(parse, "nope")
    try:
        fut.result()
    except ValueError as e:
        print("future raised:", e)
print(results)

class Job(threading.Thread):
    def run(self):
        raise KeyError("from run override")
j = Job(name="job-1")
j.start()
j.join()
print("done")
