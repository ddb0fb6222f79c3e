#!/usr/bin/python3.11
"""Benchmark runner: compares pylc-compiled executables with python3.11.

For every benchmark bench/NAME.py (every .py file in this folder except this
runner and files starting with "_") it

  1. runs it once under python3.11 to get the reference output,
  2. builds it once with `pylc build NAME.py -o TMPDIR/NAME -O2` (outside any
     timed run) and checks that the executable prints the same thing (a
     mismatch is reported loudly and makes the runner exit non-zero),
  3. runs every way (python3.11, the pylc executable, optionally PyPy)
     --warmup times unmeasured, then --repeat timed rounds, interleaved run
     by run: python3.11, pylc, python3.11, pylc, ... (python3.11, pylc, pypy,
     ... with --pypy).  Each run is timed with time.perf_counter() around
     subprocess.run(), output captured and compared with the reference,
  4. reports per benchmark the median time of each way and, as the speedup,
     the median of the per-round ratios python3.11 time / pylc time.  The two
     runs of a round are adjacent in time, so slow drifts of the machine's
     speed (frequency, other load) cancel in their ratio.

Usage (run it with Debian's interpreter):

    /usr/bin/python3.11 bench/run.py [--pylc PATH] [--repeat N] [--warmup N]
                                     [--pypy PATH] [--only NAME] [--markdown]
                                     [--python PATH] [--keep] [-q]
"""

import argparse
import datetime
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PYLC = os.path.normpath(os.path.join(HERE, "..", "build", "bin", "pylc"))
DEFAULT_PYTHON = "/usr/bin/python3.11"
RUN_TIMEOUT = 600  # seconds, per single run
BUILD_TIMEOUT = 600
BUILD_RETRIES = 3      # the pylc binary may be briefly absent while it is rebuilt
BUILD_RETRY_WAIT = 30  # seconds


class Failure(Exception):
    pass


def benchmarks():
    names = []
    for fn in sorted(os.listdir(HERE)):
        if fn.endswith(".py") and fn != "run.py" and not fn.startswith("_"):
            names.append(fn[:-3])
    return names


def bench_env():
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    return env


def run_once(cmd, cwd, env):
    """Run cmd once; return (seconds, CompletedProcess)."""
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=RUN_TIMEOUT)
    t1 = time.perf_counter()
    return t1 - t0, proc


def describe(proc):
    out = "exit code %d" % proc.returncode
    err = proc.stderr.decode("utf-8", "replace").strip()
    if err:
        lines = err.splitlines()
        out += "; stderr: " + " | ".join(lines[-5:])
    return out


def loud(msg):
    bar = "!" * 72
    print(bar + "\n!!! " + msg + "\n" + bar, file=sys.stderr, flush=True)


def show_diff(name, who, expected, got):
    import difflib
    diff = difflib.unified_diff(
        expected.decode("utf-8", "replace").splitlines(),
        got.decode("utf-8", "replace").splitlines(),
        "python3.11", who, lineterm="", n=1)
    lines = list(diff)[:40]
    print("\n".join("    " + ln for ln in lines), file=sys.stderr, flush=True)


def check_output(name, who, ref, proc):
    """Compare a run with the python3.11 reference run; return None or an error."""
    if proc.returncode != ref.returncode:
        return "%s: %s exited with %s (python3.11: exit code %d)" % (
            name, who, describe(proc), ref.returncode)
    if proc.stdout != ref.stdout:
        return "%s: OUTPUT MISMATCH between python3.11 and %s" % (name, who)
    return None


def fmt_time(t):
    if t is None:
        return "-"
    return "%.3f" % t


def fmt_ratio(r):
    if r is None:
        return "-"
    return "%.2fx" % r


def fmt_range(ratios):
    if not ratios:
        return "-"
    return "%.2f-%.2f" % (min(ratios), max(ratios))


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                key, _, value = line.partition(":")
                key = key.strip()
                if key in ("model name", "Model", "cpu model", "Processor"):
                    return value.strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def physical_cores():
    """Number of distinct (physical id, core id) pairs, or None if unknown."""
    cores = set()
    phys = core = None
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                key, _, value = line.partition(":")
                key = key.strip()
                if key == "physical id":
                    phys = value.strip()
                elif key == "core id":
                    core = value.strip()
                elif not key:
                    if core is not None:
                        cores.add((phys, core))
                    phys = core = None
        if core is not None:
            cores.add((phys, core))
    except OSError:
        return None
    return len(cores) or None


def machine_description():
    try:
        arch = subprocess.run(["uname", "-m"], stdout=subprocess.PIPE,
                              text=True).stdout.strip()
    except OSError:
        arch = platform.machine()
    logical = os.cpu_count() or 0
    desc = "%s, %s, %d logical CPUs" % (arch, cpu_model(), logical)
    cores = physical_cores()
    if cores:
        desc += " (%d core%s)" % (cores, "" if cores == 1 else "s")
    return desc


def load_average():
    try:
        return "%.2f %.2f %.2f" % os.getloadavg()
    except OSError:
        return "unknown"


def command_line(argv):
    """The command line as it was typed (or as main() was called)."""
    if argv is None:
        orig = getattr(sys, "orig_argv", None)
        if orig:
            return shlex.join(orig)
        return shlex.join([sys.executable] + sys.argv)
    return shlex.join([sys.executable, os.path.relpath(__file__)] + list(argv))


def print_table(header, rows, markdown):
    if markdown:
        print("| " + " | ".join(header) + " |")
        seps = []
        for i in range(len(header)):
            seps.append("---" if i == 0 else "---:")
        print("| " + " | ".join(seps) + " |")
        for row in rows:
            print("| " + " | ".join(row) + " |")
        return
    widths = [len(h) for h in header]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    def line(cells):
        parts = []
        for i, cell in enumerate(cells):
            parts.append(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]))
        return "  ".join(parts)
    print(line(header))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))


def build(name, src, exe, args, tmpdir, env, progress):
    """Build src with pylc -O2; return None or an error message."""
    build_cmd = [args.pylc, "build", src, "-o", exe, "-O2"]
    progress("%s: %s" % (name, shlex.join(build_cmd)))
    for attempt in range(BUILD_RETRIES):
        try:
            proc = subprocess.run(build_cmd, cwd=tmpdir, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  timeout=BUILD_TIMEOUT)
        except subprocess.TimeoutExpired as e:
            return str(e)
        except OSError as e:
            # pylc itself could not be started (being rebuilt?): wait, retry.
            if attempt + 1 == BUILD_RETRIES:
                return "cannot run pylc: %s" % e
            progress("%s: cannot run pylc (%s); retrying in %d s"
                     % (name, e, BUILD_RETRY_WAIT))
            time.sleep(BUILD_RETRY_WAIT)
            continue
        if proc.returncode != 0:
            return describe(proc)
        if not os.access(exe, os.X_OK):
            return "pylc exited 0 but wrote no executable %s" % exe
        return None
    return "pylc build failed"


class Way:
    """One way of running a benchmark: a column of the table."""

    def __init__(self, key, label, cmd):
        self.key = key        # "python", "pylc", "pypy"
        self.label = label    # shown in messages
        self.cmd = cmd
        self.ok = True
        self.times = []


def bench_one(name, args, tmpdir, env, progress):
    """Return a dict of results for one benchmark."""
    src = os.path.join(HERE, name + ".py")
    exe = os.path.join(tmpdir, name)
    res = {"name": name, "status": "ok", "notes": [],
           "python": None, "pylc": None, "pypy": None,
           "pylc_ratios": [], "pypy_ratios": []}

    python = Way("python", "python3.11", [args.python, src])
    progress("%s: python3.11 reference run" % name)
    _, ref = run_once(python.cmd, tmpdir, env)
    if ref.returncode != 0:
        res["status"] = "python3.11 failed"
        loud("%s: python3.11 itself failed: %s" % (name, describe(ref)))
        return res

    # Build once, outside the timed loop, and check the executable's output.
    pylc = Way("pylc", "pylc", [exe])
    err = build(name, src, exe, args, tmpdir, env, progress)
    if err:
        res["status"] = "BUILD FAILED"
        loud("%s: pylc build failed: %s" % (name, err))
        pylc.ok = False
    else:
        _, got = run_once(pylc.cmd, tmpdir, env)
        err = check_output(name, "pylc", ref, got)
        if err:
            res["status"] = "MISMATCH"
            loud(err)
            show_diff(name, "pylc", ref.stdout, got.stdout)
            pylc.ok = False

    ways = [python, pylc]
    if args.pypy:
        pypy = Way("pypy", "pypy", [args.pypy, src])
        _, got = run_once(pypy.cmd, tmpdir, env)
        err = check_output(name, "pypy", ref, got)
        if err:
            res["notes"].append("pypy output differs")
            loud(err)
            show_diff(name, "pypy", ref.stdout, got.stdout)
            pypy.ok = False
        ways.append(pypy)

    def run_way(way, what):
        """One run of way; returns its time, or None if it went wrong."""
        t, p = run_once(way.cmd, tmpdir, env)
        if p.returncode == ref.returncode and p.stdout == ref.stdout:
            return t
        if way is python:
            raise Failure("%s: python3.11 %s printed something else than its "
                          "reference run (%s): the benchmark is not deterministic"
                          % (name, what, describe(p)))
        loud("%s: %s %s differs from python3.11 (%s)" % (name, way.label, what, describe(p)))
        show_diff(name, way.label, ref.stdout, p.stdout)
        way.ok = False
        if way is pylc:
            res["status"] = "MISMATCH"
        else:
            res["notes"].append("%s output differs" % way.label)
        return None

    # Unmeasured warm-up runs (page cache, CPU frequency), same interleaving.
    for i in range(args.warmup):
        progress("%s: warm-up run %d/%d" % (name, i + 1, args.warmup))
        for way in ways:
            if way.ok:
                run_way(way, "warm-up run %d" % (i + 1))

    # Timed rounds: one run of every way per round, adjacent in time, so the
    # ratio of a round's times is insensitive to the machine's speed drifting.
    ratios = {"pylc": [], "pypy": []}
    for i in range(args.repeat):
        progress("%s: timing round %d/%d" % (name, i + 1, args.repeat))
        round_times = {}
        for way in ways:
            if way.ok:
                t = run_way(way, "timing run %d" % (i + 1))
                if t is not None:
                    way.times.append(t)
                    round_times[way.key] = t
        for key in ratios:
            if key in round_times and round_times[key] > 0:
                ratios[key].append(round_times["python"] / round_times[key])

    for way in ways:
        if way.ok and way.times:
            res[way.key] = statistics.median(way.times)
    for key in ratios:
        way = pylc if key == "pylc" else (ways[2] if len(ways) > 2 else None)
        if way is not None and way.ok and ratios[key]:
            res[key + "_ratios"] = ratios[key]
    return res


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Build each benchmark with pylc, check its output against "
                    "python3.11 and compare run times (interleaved runs, "
                    "speedup = median of per-round time ratios).")
    ap.add_argument("--pylc", default=DEFAULT_PYLC,
                    help="pylc executable (default: %(default)s)")
    ap.add_argument("--repeat", type=int, default=5,
                    help="timed rounds per benchmark; a round runs every way "
                         "once (default: 5)")
    ap.add_argument("--warmup", type=int, default=1, metavar="N",
                    help="unmeasured runs of every way before timing (default: 1)")
    ap.add_argument("--pypy", default=None,
                    help="also time PyPy (path or command name); skipped if absent")
    ap.add_argument("--only", action="append", default=None, metavar="NAME",
                    help="run only this benchmark (repeatable, or comma-separated)")
    ap.add_argument("--markdown", action="store_true",
                    help="print a Markdown table plus command line, machine and date")
    ap.add_argument("--python", default=DEFAULT_PYTHON,
                    help="reference interpreter (default: %(default)s)")
    ap.add_argument("--keep", action="store_true",
                    help="keep the temporary build directory and print its path")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress messages")
    args = ap.parse_args(argv)

    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    if args.warmup < 0:
        ap.error("--warmup must not be negative")
    if not os.path.exists(args.python):
        ap.error("reference interpreter not found: %s" % args.python)
    args.pylc = os.path.abspath(args.pylc) if os.sep in args.pylc else (
        shutil.which(args.pylc) or args.pylc)
    if not (os.path.isfile(args.pylc) and os.access(args.pylc, os.X_OK)):
        ap.error("pylc not found or not executable: %s (build it, or pass --pylc)" % args.pylc)
    if args.pypy:
        found = shutil.which(args.pypy)
        if found is None:
            print("warning: --pypy %s not found; PyPy column skipped" % args.pypy,
                  file=sys.stderr)
            args.pypy = None
        else:
            args.pypy = os.path.abspath(found)

    names = benchmarks()
    if args.only:
        wanted = []
        for item in args.only:
            for n in item.split(","):
                n = n.strip()
                if n.endswith(".py"):
                    n = n[:-3]
                n = os.path.basename(n)
                if n:
                    wanted.append(n)
        unknown = [n for n in wanted if n not in names]
        if unknown:
            ap.error("unknown benchmark(s): %s (have: %s)"
                     % (", ".join(unknown), ", ".join(names)))
        names = [n for n in names if n in wanted]

    def progress(msg):
        if not args.quiet:
            print("[run.py] " + msg, file=sys.stderr, flush=True)

    started = datetime.datetime.now().astimezone()
    load_at_start = load_average()
    env = bench_env()
    tmpdir = tempfile.mkdtemp(prefix="pylc-bench-")
    results = []
    failed = False
    try:
        for name in names:
            try:
                res = bench_one(name, args, tmpdir, env, progress)
            except (Failure, subprocess.TimeoutExpired, OSError) as e:
                loud("%s: %s" % (name, e))
                res = {"name": name, "python": None, "pylc": None, "pypy": None,
                       "pylc_ratios": [], "pypy_ratios": [],
                       "status": "ERROR", "notes": []}
            if res["status"] != "ok":
                failed = True
            results.append(res)
    finally:
        if args.keep:
            print("build directory kept: %s" % tmpdir, file=sys.stderr)
        else:
            shutil.rmtree(tmpdir, ignore_errors=True)
    load_at_end = load_average()

    header = ["benchmark", "python3.11 (s)", "pylc (s)", "speedup", "pair range"]
    if args.pypy:
        header += ["pypy (s)", "pypy speedup", "pypy pair range"]
    rows = []
    for r in results:
        ok = r["status"] == "ok"
        pylc_cell = fmt_time(r["pylc"]) if ok else r["status"]
        speedup = statistics.median(r["pylc_ratios"]) if ok and r["pylc_ratios"] else None
        row = [r["name"], fmt_time(r["python"]), pylc_cell, fmt_ratio(speedup),
               fmt_range(r["pylc_ratios"] if ok else [])]
        if args.pypy:
            pr = r["pypy_ratios"]
            row += [fmt_time(r["pypy"]),
                    fmt_ratio(statistics.median(pr) if pr else None), fmt_range(pr)]
        rows.append(row)

    if args.markdown:
        print()
    print_table(header, rows, args.markdown)
    ways = "python3.11, pylc" + (", pypy" if args.pypy else "")
    summary = (
        "Times: medians of %d runs of each way (wall time of the whole process, "
        "output captured), run interleaved (%s, %s, ...) after %d unmeasured "
        "warm-up run(s) of each. Speedup: median over the %d rounds of "
        "python3.11 time / pylc time of the same round; pair range: the "
        "smallest and largest of those ratios."
        % (args.repeat, ways, ways, args.warmup, args.repeat))
    if args.markdown:
        print()
        print(summary)
        print()
        print("Command: `%s`" % command_line(argv))
        print()
        print("Machine: %s" % machine_description())
        print()
        print("Date: %s (load average at start %s, at end %s)"
              % (started.strftime("%Y-%m-%d %H:%M %Z"), load_at_start, load_at_end))
    elif not args.quiet:
        print()
        print(summary)
    if failed:
        bad = [r["name"] + " (" + r["status"] + ")" for r in results if r["status"] != "ok"]
        loud("FAILURES: " + ", ".join(bad))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
