"""Support module of pylc's trace plugin: counts each function's calls and their inclusive
time, and prints a table to stderr when the program exits."""
import atexit
import sys
import threading
import time

_clock = time.perf_counter_ns
_stats = {}   # name -> [calls, total ns]
_starts = {}  # thread id -> stack of entry times


def enter(name):
    _starts.setdefault(threading.get_ident(), []).append(_clock())


def leave(name):
    now = _clock()
    stack = _starts.get(threading.get_ident())
    if not stack:
        return
    elapsed = now - stack.pop()
    s = _stats.get(name)
    if s is None:
        _stats[name] = [1, elapsed]
    else:
        s[0] += 1
        s[1] += elapsed


def report(out=None):
    out = out or sys.stderr
    rows = sorted(_stats.items(), key=lambda kv: (-kv[1][1], kv[0]))
    print("pylc trace: %-40s %10s %12s %12s" % ("function", "calls", "total ms", "mean us"),
          file=out)
    for name, (calls, total) in rows:
        print("pylc trace: %-40s %10d %12.3f %12.3f"
              % (name, calls, total / 1e6, total / 1e3 / calls), file=out)


atexit.register(report)
