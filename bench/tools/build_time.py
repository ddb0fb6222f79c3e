#!/usr/bin/python3.11
"""Build time and start-up time of a program of many modules.

    build_time.py [--pylc PYLC] [--modules N] [--repeat R] [--keep] [--markdown]

Generates a program of N modules (default 50, about 200 lines each: classes with methods
and properties, generators, comprehensions, closures, try/except, imports of earlier
modules) in a package beside a main script that imports them all and calls into each,
then reports:

  - `pylc build -O0` and `pylc build -O2` wall time (median of R builds), and
  - the start-up of the result: wall time of running the binary against
    `python3.11 main.py` with a warm __pycache__ (median of R interleaved runs each).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/usr/bin/python3.11"

MODULE = '''"""Generated module {i} of {n}."""
import math
{imports}

CONSTANT_{i} = {i} * 7 + 3


class Shape{i}:
    sides = {sides}

    def __init__(self, size):
        self.size = size
        self._cache = {{}}

    @property
    def area(self):
        return self.size * self.size * self.sides / 4.0

    def scaled(self, k):
        return type(self)(self.size * k)

    def __repr__(self):
        return f"Shape{i}({{self.size!r}})"

    def __eq__(self, other):
        return isinstance(other, Shape{i}) and other.size == self.size

    def __hash__(self):
        return hash((Shape{i}, self.size))


class Square{i}(Shape{i}):
    sides = 4

    def describe(self):
        return "square %d of area %.1f" % (self.size, self.area)


def fib_{i}(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def primes_{i}(limit):
    sieve = [True] * (limit + 1)
    sieve[0:2] = [False, False]
    for p in range(2, int(math.sqrt(limit)) + 1):
        if sieve[p]:
            for q in range(p * p, limit + 1, p):
                sieve[q] = False
    return [p for p, is_prime in enumerate(sieve) if is_prime]


def words_{i}(text):
    counts = {{}}
    for word in text.split():
        word = word.strip(".,;:!?").lower()
        if not word:
            continue
        counts[word] = counts.get(word, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def stream_{i}(n):
    for k in range(n):
        if k % 3 == 0:
            yield k * k
        elif k % 3 == 1:
            yield -k
        else:
            yield from (k, k + 1)


def counter_{i}():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count

    return bump


def safe_div_{i}(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    finally:
        pass


def matrix_{i}(n):
    rows = [[(r * n + c) % 7 for c in range(n)] for r in range(n)]
    cols = list(zip(*rows))
    return sum(sum(a * b for a, b in zip(row, col)) for row in rows for col in cols)


class Registry{i}:
    def __init__(self):
        self.items = []

    def add(self, item):
        self.items.append(item)
        return self

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def total(self):
        return sum(getattr(x, "area", 0) for x in self.items)


def build_{i}():
    reg = Registry{i}()
    for size in range(1, 6):
        reg.add(Shape{i}(size)).add(Square{i}(size))
    return reg


class Point{i}:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point{i}(self.x + other.x, self.y + other.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def norm(self):
        return math.hypot(self.x, self.y)


class Timer{i}:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, kind, value, tb):
        self.log.append("exit" if kind is None else "error")
        return kind is KeyError


def classify_{i}(value):
    match value:
        case int(n) if n < 0:
            return "negative"
        case 0:
            return "zero"
        case int(n):
            return "positive"
        case [first, *rest]:
            return "list of %d starting %r" % (1 + len(rest), first)
        case {{"kind": kind}}:
            return "tagged " + kind
        case _:
            return "other"


def inventory_{i}(names):
    table = {{name: len(name) for name in names if name}}
    groups = {{}}
    for name, size in table.items():
        groups.setdefault(size, []).append(name)
    return {{size: sorted(group) for size, group in sorted(groups.items())}}


def guarded_{i}(log):
    with Timer{i}(log):
        raise KeyError("suppressed")
    return log


def run_{i}():
    reg = build_{i}()
    bump = counter_{i}()
    for _ in range(5):
        bump()
    checks = [
        fib_{i}(20 + {i} % 5),
        len(primes_{i}(200 + {i})),
        words_{i}("the quick brown fox jumps over the lazy dog the end")[0],
        sum(stream_{i}(30)),
        bump(10),
        safe_div_{i}({i}, {i} % 2),
        matrix_{i}(4),
        round(reg.total(), 2),
        len(reg),
        Square{i}(3).describe(),
        tuple(Point{i}(1, 2) + Point{i}({i}, 1)),
        round(Point{i}(3, 4).norm(), 1),
        [classify_{i}(v) for v in (-1, 0, 5, [1, 2], {{"kind": "k"}}, "s")],
        inventory_{i}(["ab", "cd", "efg", ""]),
        guarded_{i}([]),
        {uses}
    ]
    return checks
'''

MAIN = '''import sys
{imports}


def main():
    total = 0
    for run in [{runs}]:
        checks = run()
        total += len(checks)
    print("modules:", {n}, "checks:", total)
    print(app.mod{last}.run_{last}()[:4])
    return 0


if __name__ == "__main__":
    sys.exit(main())
'''


def generate(root, n):
    pkg = os.path.join(root, "app")
    os.makedirs(pkg)
    open(os.path.join(pkg, "__init__.py"), "w").write('"""A generated package."""\n')
    lines = 0
    for i in range(n):
        deps = [j for j in (i - 1, i // 2) if 0 <= j < i]
        deps = sorted(set(deps))
        imports = "\n".join("from . import mod%02d" % j for j in deps)
        uses = " ".join("mod%02d.fib_%d(10)," % (j, j) for j in deps)
        text = MODULE.format(i=i, n=n, imports=imports, uses=uses, sides=3 + i % 5)
        text = text.replace("_%d(" % i, "_%d(" % i)
        path = os.path.join(pkg, "mod%02d.py" % i)
        open(path, "w").write(text)
        lines += text.count("\n")
    imports = "\n".join("import app.mod%02d" % i for i in range(n))
    runs = ", ".join("app.mod%02d.run_%d" % (i, i) for i in range(n))
    main = MAIN.format(imports=imports, runs=runs, n=n, last="%02d" % (n - 1))
    main = main.replace("app.mod%02d.run_%02d" % (n - 1, n - 1), "app.mod%02d.run_%d" % (n - 1, n - 1))
    open(os.path.join(root, "main.py"), "w").write(main)
    return lines + main.count("\n")


def timed(cmd, cwd):
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit("failed: %s\n%s" % (" ".join(cmd), proc.stderr.decode()))
    return elapsed, proc.stdout


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--pylc", default=os.path.join(HERE, "..", "..", "build", "bin", "pylc"))
    p.add_argument("--modules", type=int, default=50)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--keep", action="store_true")
    p.add_argument("--markdown", action="store_true")
    opts = p.parse_args()
    pylc = os.path.abspath(opts.pylc)
    root = tempfile.mkdtemp(prefix="pylc-build-time-")
    try:
        lines = generate(root, opts.modules)
        ref, ref_out = timed([PYTHON, "main.py"], root)  # also writes __pycache__
        results = {}
        for level in ("-O0", "-O2"):
            exe = os.path.join(root, "app" + level)
            times = [timed([pylc, "build", level, "main.py", "-o", exe], root)[0]
                     for _ in range(opts.repeat)]
            results[level] = statistics.median(times)
        py_runs, exe_runs = [], []
        for _ in range(max(opts.repeat, 5)):
            py_runs.append(timed([PYTHON, "main.py"], root)[0])
            t, out = timed([os.path.join(root, "app-O2")], root)
            exe_runs.append(t)
            if out != ref_out:
                sys.exit("the binary's output differs from python3.11's")
        py, exe = statistics.median(py_runs), statistics.median(exe_runs)
        rows = [
            ("program", "%d modules, %d lines" % (opts.modules + 2, lines)),
            ("pylc build -O0", "%.2f s" % results["-O0"]),
            ("pylc build -O2", "%.2f s" % results["-O2"]),
            ("run: python3.11 main.py (warm __pycache__)", "%.3f s" % py),
            ("run: the -O2 binary", "%.3f s (%.2fx)" % (exe, py / exe)),
        ]
        if opts.markdown:
            print("| measure | value |\n| --- | --- |")
            for k, v in rows:
                print("| %s | %s |" % (k, v))
            print("\nCommand: `/usr/bin/python3.11 bench/tools/build_time.py --markdown` "
                  "(%d CPUs, %s)" % (os.cpu_count(), time.strftime("%Y-%m-%d %H:%M UTC",
                                                                  time.gmtime())))
        else:
            for k, v in rows:
                print("%-45s %s" % (k, v))
        if opts.keep:
            print("kept", root)
    finally:
        if not opts.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
