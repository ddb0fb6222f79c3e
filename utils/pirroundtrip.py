#!/usr/bin/python3.11
"""Checks that the printed form of PIR holds everything the IR holds.

    pirroundtrip.py --pylc PYLC [-j N] [-O LEVEL] FILE.py|DIR...

For every Python file (DIRs are searched for *.py, not below Inputs/ folders):

  1. `pylc build --emit=pir` prints its PIR after the pass pipeline (P1);
  2. `pylc opt P1` parses it back and prints it again (P2): P2 must equal P1;
  3. `pylc opt P1 --emit=llvm` generates LLVM IR from the parsed PIR, which must equal the
     LLVM IR `pylc build --emit=llvm` generates from the lowered original, so nothing the
     backend reads is lost in the text.

Files pylc rejects (error tests) are skipped. Exits 1 and names the first differing line
of each file that fails.
"""
import argparse
import concurrent.futures
import os
import subprocess
import sys
import tempfile


def sources(paths):
    for p in paths:
        if os.path.isfile(p):
            yield p
            continue
        for root, dirs, files in os.walk(p):
            dirs[:] = sorted(d for d in dirs if d not in ("Inputs", "__pycache__"))
            for f in sorted(files):
                if f.endswith(".py"):
                    yield os.path.join(root, f)


def first_difference(a, b):
    la, lb = a.splitlines(), b.splitlines()
    for k, (x, y) in enumerate(zip(la, lb)):
        if x != y:
            return f"line {k + 1}:\n  - {x}\n  + {y}"
    return f"line {min(len(la), len(lb)) + 1}: one output is longer"


def check(pylc, opt, path):
    with tempfile.TemporaryDirectory() as tmp:
        p1 = os.path.join(tmp, "a.pir")
        built = subprocess.run([pylc, "build", opt, "--emit=pir", path, "-o", p1],
                               capture_output=True)
        if built.returncode != 0:
            return "skipped", ""
        p2 = subprocess.run([pylc, "opt", p1], capture_output=True)
        if p2.returncode != 0:
            return "failed", "pylc opt: " + p2.stderr.decode(errors="replace")
        text1 = open(p1, encoding="utf-8").read()
        if p2.stdout.decode() != text1:
            return "failed", "print(parse(PIR)) differs, " + first_difference(
                text1, p2.stdout.decode())
        ll1 = subprocess.run([pylc, "build", opt, "--emit=llvm", path, "-o", "-"],
                             capture_output=True)
        ll2 = subprocess.run([pylc, "opt", opt, "--emit=llvm", p1, "-o", "-"],
                             capture_output=True)
        if ll1.returncode or ll2.returncode:
            return "failed", "--emit=llvm: " + (ll1.stderr + ll2.stderr).decode(errors="replace")
        if ll1.stdout != ll2.stdout:
            return "failed", "LLVM IR from parsed PIR differs, " + first_difference(
                ll1.stdout.decode(errors="replace"), ll2.stdout.decode(errors="replace"))
        return "ok", ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pylc", required=True)
    ap.add_argument("-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("-O", default="2")
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    files = list(sources(args.paths))
    counts = {"ok": 0, "skipped": 0, "failed": 0}
    with concurrent.futures.ThreadPoolExecutor(args.j) as pool:
        results = pool.map(lambda f: (f, check(args.pylc, "-O" + args.O, f)), files)
        for f, (status, detail) in results:
            counts[status] += 1
            if status == "failed":
                print(f"FAIL {f}: {detail}")
    print(f"{counts['ok']} round-tripped, {counts['skipped']} skipped (rejected by pylc), "
          f"{counts['failed']} failed")
    return 1 if counts["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
