#!/usr/bin/python3.11
"""Benchmark runner: compares pylc-compiled executables with python3.11.

For every benchmark bench/NAME.py (every .py file in this folder except this
runner) it

  1. builds it with `pylc build NAME.py -o TMPDIR/NAME -O2`,
  2. runs it once under python3.11 and once compiled and checks that both
     print the same thing (a mismatch is reported loudly and makes the runner
     exit non-zero),
  3. runs each N times (interleaved), timing every run with
     time.perf_counter() around subprocess.run(), output captured,
  4. prints a table of medians and the speedup python3.11 / pylc.

Usage (run it with Debian's interpreter):

    /usr/bin/python3.11 bench/run.py [--pylc PATH] [--repeat N] [--pypy PATH]
                                     [--only NAME] [--markdown]
"""

import argparse
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


def fmt_speedup(a, b):
    if a is None or b is None or b <= 0:
        return "-"
    return "%.2fx" % (a / b)


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


def machine_description():
    try:
        arch = subprocess.run(["uname", "-m"], stdout=subprocess.PIPE,
                              text=True).stdout.strip()
    except OSError:
        arch = platform.machine()
    return "%s, %s, %d logical CPUs" % (arch, cpu_model(), os.cpu_count() or 0)


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


def bench_one(name, args, tmpdir, env, progress):
    """Return a dict of results for one benchmark."""
    src = os.path.join(HERE, name + ".py")
    exe = os.path.join(tmpdir, name)
    res = {"name": name, "python": None, "pylc": None, "pypy": None,
           "status": "ok", "notes": []}

    py_cmd = [args.python, src]
    progress("%s: python3.11 reference run" % name)
    _, ref = run_once(py_cmd, tmpdir, env)
    if ref.returncode != 0:
        res["status"] = "python3.11 failed"
        loud("%s: python3.11 itself failed: %s" % (name, describe(ref)))
        return res

    # Build.
    build_cmd = [args.pylc, "build", src, "-o", exe, "-O2"]
    progress("%s: %s" % (name, " ".join(shlex.quote(c) for c in build_cmd)))
    t0 = time.perf_counter()
    try:
        build = subprocess.run(build_cmd, cwd=tmpdir, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               timeout=BUILD_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as e:
        build = None
        build_err = str(e)
    res["build_time"] = time.perf_counter() - t0
    pylc_ok = True
    if build is None or build.returncode != 0 or not os.access(exe, os.X_OK):
        why = build_err if build is None else describe(build)
        res["status"] = "BUILD FAILED"
        loud("%s: pylc build failed: %s" % (name, why))
        pylc_ok = False
    else:
        _, got = run_once([exe], tmpdir, env)
        err = check_output(name, "pylc", ref, got)
        if err:
            res["status"] = "MISMATCH"
            loud(err)
            show_diff(name, "pylc", ref.stdout, got.stdout)
            pylc_ok = False

    pypy_ok = bool(args.pypy)
    if pypy_ok:
        _, got = run_once([args.pypy, src], tmpdir, env)
        err = check_output(name, "pypy", ref, got)
        if err:
            res["notes"].append("pypy output differs")
            loud(err)
            show_diff(name, "pypy", ref.stdout, got.stdout)
            pypy_ok = False

    # Timed runs, interleaved so that machine noise hits every column alike.
    times = {"python": [], "pylc": [], "pypy": []}
    for i in range(args.repeat):
        progress("%s: timing run %d/%d" % (name, i + 1, args.repeat))
        t, p = run_once(py_cmd, tmpdir, env)
        if p.returncode != 0:
            raise Failure("%s: python3.11 failed on timing run: %s" % (name, describe(p)))
        times["python"].append(t)
        if pylc_ok:
            t, p = run_once([exe], tmpdir, env)
            if p.returncode != 0 or p.stdout != ref.stdout:
                res["status"] = "MISMATCH"
                loud("%s: pylc run %d differs from python3.11 (%s)" % (name, i + 1, describe(p)))
                pylc_ok = False
            else:
                times["pylc"].append(t)
        if pypy_ok:
            t, p = run_once([args.pypy, src], tmpdir, env)
            times["pypy"].append(t)
    for key in times:
        if times[key]:
            res[key] = statistics.median(times[key])
    if not pylc_ok:
        res["pylc"] = None
    if not pypy_ok:
        res["pypy"] = None
    return res


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Build each benchmark with pylc, check its output against "
                    "python3.11 and compare run times.")
    ap.add_argument("--pylc", default=DEFAULT_PYLC,
                    help="pylc executable (default: %(default)s)")
    ap.add_argument("--repeat", type=int, default=5,
                    help="timed runs per benchmark and interpreter (default: 5)")
    ap.add_argument("--pypy", default=None,
                    help="also time PyPy (path or command name); skipped if absent")
    ap.add_argument("--only", action="append", default=None, metavar="NAME",
                    help="run only this benchmark (repeatable, or comma-separated)")
    ap.add_argument("--markdown", action="store_true",
                    help="print a Markdown table plus command line and machine")
    ap.add_argument("--python", default=DEFAULT_PYTHON,
                    help="reference interpreter (default: %(default)s)")
    ap.add_argument("--keep", action="store_true",
                    help="keep the temporary build directory and print its path")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress messages")
    args = ap.parse_args(argv)

    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
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
                       "status": "ERROR", "notes": []}
            if res["status"] != "ok":
                failed = True
            results.append(res)
    finally:
        if args.keep:
            print("build directory kept: %s" % tmpdir, file=sys.stderr)
        else:
            shutil.rmtree(tmpdir, ignore_errors=True)

    header = ["benchmark", "python3.11 (s)", "pylc (s)", "speedup"]
    if args.pypy:
        header += ["pypy (s)", "pypy speedup"]
    rows = []
    for r in results:
        pylc_cell = fmt_time(r["pylc"]) if r["status"] == "ok" else r["status"]
        row = [r["name"], fmt_time(r["python"]), pylc_cell,
               fmt_speedup(r["python"], r["pylc"])]
        if args.pypy:
            row += [fmt_time(r["pypy"]), fmt_speedup(r["python"], r["pypy"])]
        rows.append(row)

    if args.markdown:
        print()
    print_table(header, rows, args.markdown)
    if args.markdown:
        cmd = "/usr/bin/python3.11 bench/run.py"
        rest = " ".join(shlex.quote(a) for a in (argv if argv is not None else sys.argv[1:]))
        if rest:
            cmd += " " + rest
        print()
        print("Medians of %d runs each (wall time of the whole process, output "
              "captured); speedup = python3.11 / pylc." % args.repeat)
        print()
        print("Command: `%s`" % cmd)
        print()
        print("Machine: %s" % machine_description())
    if failed:
        bad = [r["name"] + " (" + r["status"] + ")" for r in results if r["status"] != "ok"]
        loud("FAILURES: " + ", ".join(bad))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
