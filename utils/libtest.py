#!/usr/bin/python3.11
"""Lib/test differential runner: a CPython test module must give the same results compiled.

    libtest.py --pylc PYLC [--python PY] [-O0|-O1|-O2|-O3] [-j N] [--timeout S]
               [--build-timeout S] [--keep] [--show] [--times] [--print-tests]
               [--json OUT] [--self-check | --compiled-cmd TEMPLATE | --reference-only]
               [--all | --list FILE ... | MODULE ...]

For each module M of CPython's test suite (/usr/lib/python3.11/test/M.py, or the package
M/__main__.py), or for a given path to a test script:

  reference:  PY M.py -v                               (PY defaults to /usr/bin/python3.11)
  compiled:   PYLC build -O1 --include-package test M.py -o TMP/M; TMP/M -v
              (the Lib/test modules M imports are compiled too, test.support is not)

each from a fresh empty working directory, with PYTHONHASHSEED=0, LC_ALL=C.UTF-8, no other
PYTHON* variables, stdin from /dev/null, in its own process group (killed on timeout, and
after exit so that no stray child survives). unittest's verbose report is parsed into a map
test id -> outcome (ok, FAIL, ERROR, skipped, expected failure, unexpected success; "no
status" for a test that started and never finished). A module is identical when both maps,
both lists of "Ran N tests"/"OK|FAILED" results and both exit codes are equal. A few modules
cannot run as `M.py -v`; SPECIAL below says how they run instead.

--self-check (or --compiled-cmd '{python} {src}') runs the reference interpreter on the
compiled side too, which tests this runner itself; --reference-only runs no compiled side.
--all measures the whole suite: every test_*.py with a top-level main guard, every test_*
package with a __main__.py, and the submodules with a main guard of test_json, test_email
and test_importlib (run as `-m test.test_email.test_x`); modules whose reference run times out, dies of a signal or exits
non-zero without running any test are excluded from the denominator, with the reason.

Exit status: 0 iff every module is identical; with --all, 0 unless the runner itself failed.
"""
import argparse
import concurrent.futures
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

DEFAULT_PYTHON = "/usr/bin/python3.11"
TESTDIR = "/usr/lib/python3.11/test"

# A top-level `if __name__ == "__main__":` guard, with any quotes and spacing.
MAIN_GUARD_RE = re.compile(
    r"""^if\s*\(?\s*__name__\s*==\s*(['"]{1,3})__main__\1\s*\)?\s*:""", re.MULTILINE)


# Modules that cannot run as `M.py -v`, how they run instead, and why. "args" replaces -v
# (the report is then unittest's verbosity 1: only failures are named, plus "Ran N" and the
# result). "replace_main": both sides run a copy of the source (in the temporary directory)
# whose main block is `unittest.main()`; the guard must be the module's last statement,
# since the copy ends there.
SPECIAL = {
    "test_patma": {"replace_main": True,
                   "why": "its main block runs a pyperf benchmark instead of the tests"},
    "test_bigmem": {"args": [], "why": "its main block takes argv[1] as a memory limit"},
    "test_bigaddrspace": {"args": [], "why": "its main block takes argv[1] as a memory limit"},
    "test_decimal": {"args": [], "why": "its main block's optparse rejects -v"},
}


# ---------------------------------------------------------------------------------------------
# Locating modules

class Module:
    def __init__(self, name, script=None, problem=None, run_as=None):
        self.name = name
        self.script = script      # absolute path of the file to run, or None
        self.problem = problem    # why it cannot be run, when script is None
        # A submodule of a test package runs as `python -m run_as` (`pylc build -m`): its
        # relative imports need the package.
        self.run_as = run_as
        special = SPECIAL.get(name, {}) if script else {}
        self.args = special.get("args", ["-v"])
        self.replace_main = special.get("replace_main", False)
        self.special = special.get("why")


def copy_with_unittest_main(src, dst):
    with open(src, encoding="utf-8") as f:
        text = f.read()
    guard = MAIN_GUARD_RE.search(text)
    if guard is None:
        raise ValueError("%s: no main guard to replace" % src)
    with open(dst, "w", encoding="utf-8") as f:
        f.write(text[:guard.start()])
        f.write('if __name__ == "__main__":\n    unittest.main()\n')


def locate(arg, testdir):
    """A MODULE argument: a Lib/test module name (test_email.test_utils for a submodule of a
    test package), or the path of a test script."""
    if "." in arg and os.sep not in arg and not arg.endswith(".py"):
        path = os.path.join(testdir, *arg.split(".")) + ".py"
        if not os.path.isfile(path):
            return Module(arg, problem="no such module in %s" % testdir)
        return Module(arg, path, run_as="test." + arg)
    if os.sep in arg or os.path.isfile(arg):
        if not os.path.isfile(arg):
            return Module(arg, problem="no such file")
        name = os.path.splitext(os.path.basename(arg))[0]
        return Module(name, os.path.abspath(arg))
    single = os.path.join(testdir, arg + ".py")
    package = os.path.join(testdir, arg)
    if os.path.isfile(single):
        return Module(arg, single)
    if os.path.isdir(package):
        main = os.path.join(package, "__main__.py")
        if os.path.isfile(main):
            return Module(arg, main)
        return Module(arg, problem="not runnable as a script (package without __main__.py)")
    return Module(arg, problem="no such module in %s" % testdir)


def runs_as_main_program(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return MAIN_GUARD_RE.search(f.read()) is not None
    except OSError:
        return False


def discover_all(testdir):
    """The --all candidates: test_*.py files with a main guard, and test_* packages whose
    __main__.py (a main program by construction, so it needs no guard) exists."""
    found = []
    for entry in sorted(os.listdir(testdir)):
        path = os.path.join(testdir, entry)
        if entry.startswith("test_") and entry.endswith(".py") and os.path.isfile(path):
            if runs_as_main_program(path):
                found.append(Module(entry[:-3], path))
        elif entry.startswith("test_") and os.path.isdir(path):
            main = os.path.join(path, "__main__.py")
            if os.path.isfile(main):
                found.append(Module(entry, main))
    return found + package_submodules(testdir)


# Test packages whose submodules also run on their own (`python -m test.test_email.test_x`).
SUBMODULE_PACKAGES = ("test_json", "test_email", "test_importlib")


def package_submodules(testdir):
    found = []
    for package in SUBMODULE_PACKAGES:
        for root, dirs, files in os.walk(os.path.join(testdir, package)):
            dirs.sort()
            for entry in sorted(files):
                path = os.path.join(root, entry)
                if entry.startswith("test_") and entry.endswith(".py") and \
                        runs_as_main_program(path):
                    rel = os.path.relpath(path, testdir)[:-3].replace(os.sep, ".")
                    found.append(Module(rel, path, run_as="test." + rel))
    return found


def read_list(path):
    """Module names, one a line; `#` starts a comment."""
    names = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                names.append(line)
    return names


# ---------------------------------------------------------------------------------------------
# Running processes

class Run:
    """One finished (or killed) process. code is None when it did not finish."""

    def __init__(self, argv, cwd):
        self.argv = argv
        self.cwd = cwd
        self.code = None
        self.stdout = ""
        self.stderr = ""
        self.seconds = 0.0
        self.note = None          # why it did not finish: timeout, could not start

    def describe_code(self):
        if self.code is None:
            return self.note or "none"
        if self.code < 0:
            try:
                return signal.Signals(-self.code).name
            except ValueError:
                return "signal %d" % -self.code
        return str(self.code)


def environment():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["LC_ALL"] = "C.UTF-8"
    return env


# Process groups of the runs in progress, killed if the runner itself is interrupted; once
# stopping, no new process starts.
_active_groups = set()
_active_lock = threading.Lock()
_stopping = False


def _exited(pid):
    """True once pid has exited. WNOWAIT leaves it a zombie, so that its process id (the
    group id of whatever it left behind) cannot be reused before we kill that group."""
    return os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None


def _wait_exit(pid, timeout):
    deadline = time.monotonic() + timeout
    delay = 0.005
    while not _exited(pid):
        if time.monotonic() >= deadline:
            return False
        time.sleep(delay)
        delay = min(delay * 2, 0.1)
    return True


def _killpg(pid):
    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:
        pass


def execute(argv, cwd, timeout, env, logdir, label):
    """Runs argv in cwd. stdout/stderr go to files in logdir rather than pipes: a child that
    outlives the program (and keeps the pipes open) cannot make us wait for it."""
    run = Run(argv, cwd)
    out_path = os.path.join(logdir, label + ".stdout")
    err_path = os.path.join(logdir, label + ".stderr")
    start = time.monotonic()
    with open(out_path, "wb") as out, open(err_path, "wb") as err, \
            open(os.devnull, "rb") as devnull:
        try:
            proc = _start(argv, cwd, env, devnull, out, err)
        except OSError as e:
            run.note = "could not start: %s" % e
            return run
        try:
            finished = _wait_exit(proc.pid, timeout)
            # The whole group: a timed-out program, and any stray child of a finished one.
            _killpg(proc.pid)
            code = proc.wait()
        finally:
            with _active_lock:
                _active_groups.discard(proc.pid)
    run.seconds = time.monotonic() - start
    if finished:
        run.code = code
    else:
        run.note = "timed out after %g s" % timeout
    run.stdout = _read_text(out_path)
    run.stderr = _read_text(err_path)
    return run


def _start(argv, cwd, env, stdin, stdout, stderr):
    # The lock spans the start, so that an interrupt cannot fall between Popen and recording
    # the group.
    with _active_lock:
        if _stopping:
            raise OSError("the runner is stopping")
        proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=stdin, stdout=stdout,
                                stderr=stderr, start_new_session=True)
        _active_groups.add(proc.pid)
    return proc


def kill_active_groups():
    global _stopping
    with _active_lock:
        _stopping = True
        for pid in list(_active_groups):
            _killpg(pid)


def _read_text(path):
    with open(path, "rb") as f:
        return f.read().decode("utf-8", errors="backslashreplace")


# ---------------------------------------------------------------------------------------------
# The compiler

def snapshot_pylc(pylc, into):
    """A private copy of pylc and of its runtime library (which pylc finds beside itself, as
    ../lib/libpylcrt.a), so that a rebuild during a long run cannot mix compiler versions.
    pylc itself when its runtime library is not where a build tree has it."""
    real = os.path.realpath(shutil.which(pylc) or pylc)
    runtime = os.path.join(os.path.dirname(os.path.dirname(real)), "lib", "libpylcrt.a")
    if not os.path.isfile(real) or not os.path.isfile(runtime):
        return pylc
    for sub in ("bin", "lib"):
        os.mkdir(os.path.join(into, sub))
    copy = os.path.join(into, "bin", "pylc")
    shutil.copy2(real, copy)
    shutil.copy2(runtime, os.path.join(into, "lib", "libpylcrt.a"))
    return copy


def preflight(pylc, tmp, opts):
    """None when pylc builds a one-line program that then runs, else what went wrong: with a
    broken compiler every module would be a "compile error", and that is not a result."""
    src = os.path.join(tmp, "preflight.py")
    with open(src, "w", encoding="utf-8") as f:
        f.write("print('preflight')\n")
    exe = os.path.join(tmp, "preflight")
    env = environment()
    build = execute([pylc, "build", "-O%d" % opts.opt, src, "-o", exe], tmp,
                    opts.build_timeout, env, tmp, "preflight-build")
    if build.code != 0:
        return "pylc cannot build a one-line program: %s" % (
            first_error_line(build) if build.code is not None else build.note)
    run = execute([exe], tmp, opts.timeout, env, tmp, "preflight-run")
    if run.code != 0 or run.stdout != "preflight\n":
        return "a one-line program built by pylc does not run: exit %s, %s" % (
            run.describe_code(), last_line(run.stderr))
    return None


# ---------------------------------------------------------------------------------------------
# Parsing unittest's report

SEP1 = "=" * 70
SEP2 = "-" * 70
MARK = " ... "
ABSENT = "not reported"   # not run, or a subtest that passed (only failing ones are named)
NO_STATUS = "no status"   # started, but neither its status nor its summary entry came
# The text TextTestResult writes after " ... " (a skip's reason is a repr).
STATUS_RE = re.compile(r"ok|FAIL|ERROR|expected failure|unexpected success|"
                       r"skipped (?P<reason>'.*'|\".*\")")
# str(TestCase): "test_foo (pkg.mod.Class.test_foo)", a subtest adds " [msg] (x=1)". Also
# "setUpClass (mod.Class)" (a fixture error) and "name (mod.__test__)" (a doctest).
DESC_RE = re.compile(r"(?P<name>\S+) \((?P<where>[^\s()]+)\)(?P<sub>.*)")
RAN_RE = re.compile(r"Ran (\d+) tests? in \d+\.\d+s")
RESULT_RE = re.compile(r"(OK|FAILED)(?: \(.*\))?")
BLOCK_RE = re.compile(r"(FAIL|ERROR): (.+)")
UNEXPECTED_RE = re.compile(r"UNEXPECTED SUCCESS: (.+)")


def test_id(desc):
    """The id of a described test: "test_foo (m.C.test_foo) (x=1)" -> "m.C.test_foo (x=1)".
    Descriptions of another shape are their own id."""
    m = DESC_RE.fullmatch(desc)
    if m and m["where"].endswith("." + m["name"]):
        return m["where"] + m["sub"]
    return desc


def outcome_of(status):
    """(outcome, skip reason or None) of a status text."""
    m = STATUS_RE.fullmatch(status)
    if m["reason"] is not None:
        return "skipped", m["reason"]
    return status, None


class Report:
    """What one stream of one run says about its tests."""

    def __init__(self):
        self.outcomes = {}     # key -> outcome; a key is a test id, "#n" added on repeats
        self.reasons = {}      # key -> why it was skipped
        self.tracebacks = {}   # key -> the text of its FAIL/ERROR block
        self.runs = []         # one (tests run, "OK"/"FAILED (...)") per TextTestRunner.run

    def merge(self, other, tag):
        for key, outcome in other.outcomes.items():
            new = key if key not in self.outcomes else "%s (%s)" % (key, tag)
            self.outcomes[new] = outcome
            if key in other.reasons:
                self.reasons[new] = other.reasons[key]
            if key in other.tracebacks:
                self.tracebacks[new] = other.tracebacks[key]
        self.runs.extend(other.runs)


def _key(test, n):
    return test if n == 1 else "%s #%d" % (test, n)


class _Parser:
    """Reads a TextTestRunner stream line by line.

    Progress lines ("<description> ... <status>") name every test; the status may come lines
    later when the test prints to the same stream. The FAIL:/ERROR: blocks of the summary are
    authoritative for failures (they also list failing subtests and fixture errors, and are the
    only per-test information at verbosity 1). A test id seen again (the same test run twice)
    gets a "#n" suffix, so that a repeat cannot hide a difference."""

    def __init__(self, text):
        self.lines = text.splitlines()
        self.i = 0
        self.report = Report()
        self.seen = {}         # test id -> occurrences so far
        self.claimed = set()   # keys a summary block has already been matched with
        self.started = []      # keys started in this run and not yet given an outcome
        self.pending = None    # the key whose status is still to come

    def parse(self):
        prev = None
        while self.i < len(self.lines):
            line = self.lines[self.i]
            self.i += 1
            if line == SEP1 and self._block_follows():
                self._blocks()
            elif line == SEP2 and self._ran_follows():
                pass
            elif RAN_RE.fullmatch(line):
                self._end_of_run(int(RAN_RE.fullmatch(line)[1]))
            elif not self._progress(line, prev) and self.pending is not None \
                    and STATUS_RE.fullmatch(line):
                self._finish(self.pending, line)
            prev = line
        self._resolve_started()
        return self.report

    # -- progress lines

    def _progress(self, line, prev):
        found = self._split(line, prev)
        if found is None:
            return False
        test, subtest, status = found
        if subtest:
            # A subtest's line is written when it fails or is skipped; the parent's own
            # status, if any, comes later with its description repeated.
            self._finish(self._new_key(test), status)
            self.pending = None
            return True
        self.pending = self._start(test)
        if STATUS_RE.fullmatch(status):
            self._finish(self.pending, status)
        return True

    def _split(self, line, prev):
        """(test id, is a subtest, text after the mark) for a progress line, else None.
        Prefers the " ... " that a status follows (a docstring may contain " ... ")."""
        fallback = None
        start = line.find(MARK)
        while start >= 0:
            head, rest = line[:start], line[start + len(MARK):]
            named = self._described(head, prev)
            if named is None and STATUS_RE.fullmatch(rest):
                named = (head[2:], True) if head.startswith("  ") else (head, False)
            if named is not None:
                if STATUS_RE.fullmatch(rest):
                    return named + (rest,)
                if fallback is None:
                    fallback = named + (rest,)
            start = line.find(MARK, start + 1)
        return fallback

    @staticmethod
    def _described(head, prev):
        """(id, is a subtest) when head, or prev followed by the docstring line head, is a
        test's description. A subtest's description is indented by two spaces."""
        candidates = [head]
        if prev is not None and MARK not in prev:
            candidates.append(prev)
        for first in candidates:
            subtest = first.startswith("  ")
            desc = first[2:] if subtest else first
            if DESC_RE.fullmatch(desc):
                return test_id(desc), subtest
        return None

    def _new_key(self, test):
        n = self.seen.get(test, 0) + 1
        self.seen[test] = n
        return _key(test, n)

    def _start(self, test):
        n = self.seen.get(test, 0)
        if n and _key(test, n) in self.started:
            return _key(test, n)      # its description repeated after subtest lines
        key = self._new_key(test)
        self.started.append(key)
        self.report.outcomes[key] = NO_STATUS    # here, to keep the order in which tests ran
        return key

    def _finish(self, key, status):
        outcome, reason = outcome_of(status)
        self.report.outcomes[key] = outcome
        if reason is not None:
            self.report.reasons[key] = reason
        if key in self.started:
            self.started.remove(key)
        if key == self.pending:
            self.pending = None

    # -- the summary

    def _block_follows(self):
        return self.i < len(self.lines) and (BLOCK_RE.fullmatch(self.lines[self.i])
                                             or UNEXPECTED_RE.fullmatch(self.lines[self.i]))

    def _ran_follows(self):
        return self.i < len(self.lines) and RAN_RE.fullmatch(self.lines[self.i])

    def _blocks(self):
        """From just after a SEP1 that starts a block, up to the SEP2 before "Ran"."""
        lines = self.lines
        while self.i < len(lines):
            m = BLOCK_RE.fullmatch(lines[self.i])
            if m:
                self.i += 1
                self._skip_docstring()
                self._record_block(m[1], m[2], self._block_body())
            elif UNEXPECTED_RE.fullmatch(lines[self.i]):
                self._unexpected_successes()
            else:
                return
            if self.i < len(lines) and lines[self.i] == SEP1 and self._block_follows_at(1):
                self.i += 1
            else:
                return

    def _block_follows_at(self, offset):
        j = self.i + offset
        return j < len(self.lines) and (BLOCK_RE.fullmatch(self.lines[j])
                                        or UNEXPECTED_RE.fullmatch(self.lines[j]))

    def _skip_docstring(self):
        lines = self.lines
        if self.i < len(lines) and lines[self.i] == SEP2:
            self.i += 1
        elif self.i + 1 < len(lines) and lines[self.i + 1] == SEP2:
            self.i += 2

    def _block_body(self):
        body = []
        lines = self.lines
        while self.i < len(lines):
            line = lines[self.i]
            if line == SEP1 and self._block_follows_at(1):
                break
            if line == SEP2 and self.i + 1 < len(lines) and RAN_RE.fullmatch(lines[self.i + 1]):
                break
            body.append(line)
            self.i += 1
        return "\n".join(body).strip("\n")

    def _unexpected_successes(self):
        lines = self.lines
        while self.i < len(lines) and lines[self.i] not in (SEP1, SEP2):
            m = UNEXPECTED_RE.fullmatch(lines[self.i])
            if m:   # other lines are docstrings
                key = self._block_key(test_id(m[1]), ("unexpected success",))
                self.report.outcomes[key] = "unexpected success"
            self.i += 1

    def _record_block(self, flavour, desc, body):
        key = self._block_key(test_id(desc), ("FAIL", "ERROR", NO_STATUS))
        self.report.outcomes[key] = flavour
        self.report.tracebacks[key] = body
        if key in self.started:
            self.started.remove(key)

    def _block_key(self, test, outcomes):
        """The occurrence of test that a summary entry is about: the first one not yet
        claimed whose progress line agrees, else a new one (there are no progress lines at
        verbosity 1)."""
        unclaimed = [_key(test, n) for n in range(1, self.seen.get(test, 0) + 1)
                     if _key(test, n) not in self.claimed]
        for key in unclaimed:
            if self.report.outcomes.get(key) in outcomes:
                break
        else:
            key = self._new_key(test)
        self.claimed.add(key)
        return key

    # -- end of a run

    def _end_of_run(self, ran):
        result = None
        for j in range(self.i, min(self.i + 2, len(self.lines))):
            if RESULT_RE.fullmatch(self.lines[j]):
                result = self.lines[j]
                self.i = j + 1
                break
        self.report.runs.append((ran, result))
        self._resolve_started()

    def _resolve_started(self):
        """Tests that started but printed no status of their own: their subtests failed or
        were skipped (the worst of those is theirs), or the program died in them."""
        outcomes = self.report.outcomes
        for key in self.started:
            test = key.split(" #")[0]
            subs = {o for k, o in outcomes.items() if k.startswith(test + " ")}
            for worst in ("ERROR", "FAIL", "skipped"):
                if worst in subs:
                    outcomes[key] = worst
                    break
        self.started = []
        self.pending = None


def parse_report(text):
    return _Parser(text).parse()


def parse_run(run):
    """unittest writes to stderr; test.support.run_unittest and some mains write to stdout."""
    report = parse_report(run.stderr)
    report.merge(parse_report(run.stdout), "stdout")
    return report


# ---------------------------------------------------------------------------------------------
# Comparing

def differing_tests(ref, cmp):
    """[(key, reference outcome, compiled outcome)] for every test whose outcomes differ."""
    keys = list(ref.outcomes) + [k for k in cmp.outcomes if k not in ref.outcomes]
    return [(k, ref.outcomes.get(k, ABSENT), cmp.outcomes.get(k, ABSENT)) for k in keys
            if ref.outcomes.get(k, ABSENT) != cmp.outcomes.get(k, ABSENT)]


def describe_runs(runs):
    if not runs:
        return "no unittest summary"
    return "; ".join("Ran %d, %s" % (ran, result or "no result line") for ran, result in runs)


# ---------------------------------------------------------------------------------------------
# One module

class Result:
    def __init__(self, module):
        self.module = module
        self.status = None     # identical, differ, compile error, excluded, error
        self.headline = ""
        self.details = []      # indented lines
        self.ref = None        # Run
        self.build = None      # Run
        self.cmp = None        # Run
        self.ref_report = None
        self.cmp_report = None
        self.diffs = []
        self.tmpdir = None
        self.script = module.script   # what ran: a copy when its main block is replaced

    @property
    def tag(self):
        return {"identical": "PASS", "excluded": "EXCL", "error": "ERR",
                "reference": "REF"}.get(self.status, "DIFF")


def first_error_line(run):
    """pylc's `file:line:col: error: ...` line; with the next line when the message goes on
    there (as an internal error's does)."""
    for text in (run.stderr, run.stdout):
        lines = text.splitlines()
        for i, line in enumerate(lines):
            if ": error:" in line:
                if line.rstrip().endswith(":") and i + 1 < len(lines):
                    return "%s %s" % (line.strip(), lines[i + 1].strip())
                return line.strip()
    for text in (run.stderr, run.stdout):
        for line in text.splitlines():
            if line.strip():
                return line.strip()
    return "pylc exited %s" % run.describe_code()


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1].strip() if lines else ""


def reference_problem(run, report):
    """Why a reference run cannot be a yardstick, or None."""
    if run.code is None:
        return "reference run %s" % run.note
    if run.code < 0:
        return "reference run killed by %s" % run.describe_code()
    if run.code != 0 and not report.outcomes and not report.runs:
        return "reference run exits %d without running any test: %s" % (
            run.code, last_line(run.stderr) or last_line(run.stdout))
    return None


def run_module(module, opts):
    result = Result(module)
    if module.script is None:
        result.status, result.headline = "error", module.problem
        return result
    tmp = tempfile.mkdtemp(prefix="pylc-libtest-%s-" % module.name)
    result.tmpdir = tmp
    try:
        _run_module_in(result, module, opts, tmp)
    except Exception as e:   # one module's trouble must not stop the others
        result.status, result.headline = "error", "runner error: %s: %s" % (type(e).__name__, e)
    finally:
        if not opts.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return result


def _fresh_dir(tmp, name):
    path = os.path.join(tmp, name)
    os.mkdir(path)
    return path


def _run_module_in(result, module, opts, tmp):
    env = environment()
    src = module.script
    if module.replace_main:
        src = os.path.join(_fresh_dir(tmp, "src"), module.name + ".py")
        copy_with_unittest_main(module.script, src)
    result.script = src
    target = ["-m", module.run_as] if module.run_as else [src]
    result.ref = execute([opts.python] + target + module.args, _fresh_dir(tmp, "ref-cwd"),
                         opts.timeout, env, tmp, "ref")
    result.ref_report = parse_run(result.ref)
    problem = reference_problem(result.ref, result.ref_report)
    if problem:
        result.status, result.headline = "excluded", problem
        return
    if opts.reference_only:
        result.status = "reference"
        result.headline = "exit %s, %d tests (%s)" % (
            result.ref.describe_code(), len(result.ref_report.outcomes),
            describe_runs(result.ref_report.runs))
        return

    argv = compiled_argv(result, src, opts, tmp, env)
    if argv is None:
        return
    result.cmp = execute(argv, _fresh_dir(tmp, "cmp-cwd"), opts.timeout, env, tmp, "cmp")
    result.cmp_report = parse_run(result.cmp)
    compare_runs(result)


def install_dir(tmp, script):
    """Where the compiled program is put: a directory holding links to the data files and
    folders beside its source (not the .py files), as a program is installed with its data.
    A test that finds its data from sys.argv[0] when run as main (test_math: mathdata,
    math_testcases.txt) then finds it: sys.argv[0] of a compiled program is the binary."""
    path = _fresh_dir(tmp, "bin")
    srcdir = os.path.dirname(os.path.abspath(script))
    for name in sorted(os.listdir(srcdir)):
        if name.endswith((".py", ".pyc")) or name == "__pycache__":
            continue
        os.symlink(os.path.join(srcdir, name), os.path.join(path, name))
    return path


# The modules of Lib/test a test module imports (seq_tests, list_tests, mapping_tests,
# lock_tests, ...) are compiled into it too, so that inherited test methods run compiled;
# the harness (test.support, test.libregrtest) stays the interpreter's, as unittest does.
HELPER_FLAGS = ["--include-package", "test", "--exclude-module", "test.support",
                "--exclude-module", "test.libregrtest"]


def helper_flags(opts):
    return [] if opts.no_helpers else HELPER_FLAGS


def compiled_argv(result, src, opts, tmp, env):
    """The command of the compiled side, building it first; None (with result set) when the
    build fails."""
    if opts.compiled_cmd:
        words = shlex.split(opts.compiled_cmd)
        return [w.format(python=opts.python, src=src) for w in words] + result.module.args
    exe = os.path.join(install_dir(tmp, result.module.script), result.module.name.split(".")[-1])
    # A submodule run with -m needs its package compiled whatever --no-helpers says.
    flags = HELPER_FLAGS if result.module.run_as else helper_flags(opts)
    target = ["-m", result.module.run_as] if result.module.run_as else [src]
    build = execute([opts.pylc, "build", "-O%d" % opts.opt] + flags + target + ["-o", exe],
                    tmp, opts.build_timeout, env, tmp, "build")
    result.build = build
    if build.code is None and build.note.startswith("could not start"):
        result.status, result.headline = "error", "pylc %s" % build.note
        return None
    if build.code != 0:
        result.status = "compile error"
        message = first_error_line(build) if build.code is not None else "pylc %s" % build.note
        result.headline = "compile error: %s" % message
        return None
    if not os.path.isfile(exe):
        result.status = "compile error"
        result.headline = "compile error: pylc exited 0 but wrote no executable"
        return None
    return [exe] + result.module.args


def compare_runs(result):
    ref, cmp = result.ref, result.cmp
    ref_report, cmp_report = result.ref_report, result.cmp_report
    result.diffs = differing_tests(ref_report, cmp_report)
    same_code = ref.code == cmp.code
    same_runs = ref_report.runs == cmp_report.runs
    if not result.diffs and same_code and same_runs:
        result.status = "identical"
        n = len(ref_report.outcomes)
        if n == 0 and not ref_report.runs:
            result.headline = "(no unittest output; exit codes identical)"
        else:
            result.headline = "(%d test%s identical)" % (n, "" if n == 1 else "s")
        return
    result.status = "differ"
    parts = []
    if result.diffs:
        n = len(result.diffs)
        parts.append("%d test%s" % (n, "s differ" if n != 1 else " differs"))
    # Exit codes always, equal or not: "exit 1 vs 1" says the failures were expected ones; a
    # run that did not finish shows why ("timed out after 600 s").
    parts.append("exit %s vs %s" % (ref.describe_code(), cmp.describe_code()))
    if not result.diffs and not same_runs:
        parts.append("unittest summaries differ")
    result.headline = ", ".join(parts)
    result.details = difference_details(result)


MAX_DETAIL_TESTS = 20


def difference_details(result):
    ref_report, cmp_report = result.ref_report, result.cmp_report
    lines = []
    for key, a, b in result.diffs[:MAX_DETAIL_TESTS]:
        lines.append("%s: reference %s, compiled %s" % (key, a, b))
    if len(result.diffs) > MAX_DETAIL_TESTS:
        lines.append("... and %d more" % (len(result.diffs) - MAX_DETAIL_TESTS))
    if ref_report.runs != cmp_report.runs:
        lines.append("reference: %s" % describe_runs(ref_report.runs))
        lines.append("compiled:  %s" % describe_runs(cmp_report.runs))
    if not cmp_report.outcomes and not cmp_report.runs:
        # The compiled program died before unittest reported anything: say how.
        lines.append("compiled run reported no test; last line: %s"
                     % (last_line(result.cmp.stderr) or last_line(result.cmp.stdout)))
    return lines


def traceback_details(result):
    """For --show: the compiled run's FAIL/ERROR blocks of the differing tests, or the end of
    its stderr when it has none for them."""
    lines = []
    missing = False
    for key, _, _ in result.diffs[:MAX_DETAIL_TESTS]:
        text = result.cmp_report.tracebacks.get(key)
        if text is None:
            missing = True
            continue
        lines.append("--- %s" % key)
        lines.extend("  " + l for l in text.splitlines())
    if (missing or not result.diffs) and result.cmp is not None:
        lines.append("--- end of the compiled run's stderr")
        lines.extend("  " + l for l in result.cmp.stderr.splitlines()[-30:])
    return lines


# ---------------------------------------------------------------------------------------------
# Output

def format_result(result, opts):
    name = result.module.name
    line = "%-4s  %s  %s" % (result.tag, name, result.headline)
    if opts.times:
        line += "  [%s]" % timings(result)
    out = [line]
    if result.module.special:
        how = ("a copy ending in unittest.main()" if result.module.replace_main
               else "with arguments %s" % (" ".join(result.module.args) or "none"))
        out.append("    note: ran %s: %s" % (how, result.module.special))
    out.extend("    " + d for d in result.details)
    if opts.print_tests:
        out.extend("    " + d for d in outcome_table(result))
    if opts.show and result.status == "differ":
        out.extend("    " + d for d in traceback_details(result))
    if opts.keep and result.tmpdir:
        out.append("    kept %s" % result.tmpdir)
    return "\n".join(out)


def outcome_table(result):
    """For --print-tests: every test with both outcomes."""
    ref = result.ref_report.outcomes if result.ref_report else {}
    cmp = result.cmp_report.outcomes if result.cmp_report else {}
    keys = list(ref) + [k for k in cmp if k not in ref]
    return ["%-20s %-20s %s" % (ref.get(k, ABSENT), cmp.get(k, ABSENT), k) for k in keys]


def timings(result):
    parts = []
    for label, run in (("ref", result.ref), ("build", result.build), ("run", result.cmp)):
        if run is not None:
            parts.append("%s %.1fs" % (label, run.seconds))
    return ", ".join(parts)


def run_json(run, report):
    if run is None:
        return None
    data = {"argv": run.argv, "exit": run.code, "note": run.note,
            "seconds": round(run.seconds, 3)}
    if report is not None:
        data["runs"] = [{"ran": ran, "result": res} for ran, res in report.runs]
        data["tests"] = report.outcomes
        data["skip_reasons"] = report.reasons
        data["tracebacks"] = report.tracebacks
    if run.code is None or run.code < 0 or (report is not None and not report.outcomes):
        data["stderr_tail"] = run.stderr.splitlines()[-30:]
    return data


def result_json(result):
    data = {"module": result.module.name, "script": result.script,
            "status": result.status, "headline": result.headline,
            "reference": run_json(result.ref, result.ref_report),
            "build": run_json(result.build, None),
            "compiled": run_json(result.cmp, result.cmp_report),
            "differences": [{"test": k, "reference": a, "compiled": b}
                            for k, a, b in result.diffs]}
    if result.build is not None and result.build.code not in (0, None):
        data["build"]["error"] = first_error_line(result.build)
    return data


def summary_line(results, all_mode):
    count = {}
    for r in results:
        count[r.status] = count.get(r.status, 0) + 1
    excluded = [r for r in results if r.status == "excluded"]
    considered = len(results) - len(excluded)
    if all_mode:
        reasons = exclusion_reasons(excluded)
        if count.get("reference"):
            return ("reference only: %d of %d candidates count (%d excluded%s)"
                    % (considered, len(results), len(excluded), ": " + reasons if reasons else ""))
        return ("identical: %d of %d Lib/test modules that run as a main program "
                "(%d excluded%s)" % (count.get("identical", 0), considered, len(excluded),
                                     ": " + reasons if reasons else ""))
    parts = ["%d %s" % (count[s], s) for s in ("differ", "compile error", "excluded", "error",
                                                "reference")
             if count.get(s)]
    return "libtest: %d of %d modules identical%s" % (
        count.get("identical", 0), len(results), " (%s)" % ", ".join(parts) if parts else "")


def exclusion_reasons(excluded):
    kinds = {}
    for r in excluded:
        h = r.headline
        kind = ("timed out" if "timed out" in h else "killed by a signal" if "killed by" in h
                else "no test run" if "without running" in h else "could not start")
        kinds.setdefault(kind, []).append(r.module.name)
    return "; ".join("%d %s (%s)" % (len(v), k, " ".join(v)) for k, v in kinds.items())


# ---------------------------------------------------------------------------------------------
# Main

def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Run CPython Lib/test modules under the interpreter and compiled with "
                    "pylc, and compare the per-test outcomes.")
    p.add_argument("--pylc", help="path of the pylc binary (needed unless --self-check)")
    p.add_argument("--python", default=DEFAULT_PYTHON,
                   help="reference interpreter (default %(default)s)")
    for level in range(4):
        p.add_argument("-O%d" % level, dest="opt", action="store_const", const=level,
                       help="pylc build optimisation level" + (" (default)" if level == 1
                                                               else ""))
    p.add_argument("--no-helpers", action="store_true",
                   help="compile only the test module, not the Lib/test modules it imports")
    p.add_argument("-j", "--jobs", type=int, default=2,
                   help="modules run in parallel (default %(default)s)")
    p.add_argument("--timeout", type=float, default=600.0,
                   help="seconds allowed for each test run (default %(default)s)")
    p.add_argument("--build-timeout", type=float, default=300.0,
                   help="seconds allowed for each pylc build (default %(default)s)")
    p.add_argument("--keep", action="store_true",
                   help="keep each module's temporary directory (outputs, executable)")
    p.add_argument("--show", action="store_true",
                   help="print the compiled run's tracebacks of the differing tests")
    p.add_argument("--times", action="store_true",
                   help="print the seconds each step took on each module's line")
    p.add_argument("--print-tests", action="store_true",
                   help="print every test's reference and compiled outcome")
    p.add_argument("--list", action="append", default=[], metavar="FILE",
                   help="file of module names, one a line, # comments (repeatable)")
    p.add_argument("--all", action="store_true",
                   help="every test module that runs as a main program (a measurement)")
    p.add_argument("--testdir", default=TESTDIR, help="CPython's Lib/test (default %(default)s)")
    p.add_argument("--json", metavar="OUT", help="write every per-test result to OUT")
    p.add_argument("--self-check", action="store_true",
                   help="run the reference interpreter on the compiled side too")
    p.add_argument("--compiled-cmd", metavar="TEMPLATE",
                   help="command for the compiled side instead of building with pylc; "
                        "{python} and {src} are replaced, the module's arguments (-v) "
                        "appended")
    p.add_argument("--no-snapshot", action="store_true",
                   help="use PYLC in place rather than a copy taken at the start")
    p.add_argument("--reference-only", action="store_true",
                   help="run only the reference side: which modules count (with --all), "
                        "and what the reference costs")
    p.add_argument("modules", nargs="*", metavar="MODULE",
                   help="Lib/test module name (test_grammar) or path of a test script")
    opts = p.parse_args(argv)
    if opts.opt is None:
        opts.opt = 1
    if opts.self_check and not opts.compiled_cmd:
        opts.compiled_cmd = "{python} {src}"
    if not opts.compiled_cmd and not opts.pylc and not opts.reference_only:
        p.error("--pylc is required (or --self-check / --compiled-cmd)")
    if opts.pylc and os.sep in opts.pylc:
        opts.pylc = os.path.abspath(opts.pylc)
    if not opts.all and not opts.modules and not opts.list:
        p.error("name modules, --list FILE or --all")
    if opts.jobs < 1:
        p.error("-j must be at least 1")
    return opts


def selected_modules(opts):
    if opts.all:
        return discover_all(opts.testdir)
    names = []
    for path in opts.list:
        names.extend(read_list(path))
    names.extend(opts.modules)
    return [locate(n, opts.testdir) for n in names]


def run_all(modules, opts, out):
    """Runs the modules opts.jobs at a time; prints the results in the given order."""
    results = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=opts.jobs) as pool:
        futures = [pool.submit(run_module, m, opts) for m in modules]
        try:
            for future in futures:
                result = future.result()
                results.append(result)
                out.write(format_result(result, opts) + "\n")
                out.flush()
        except BaseException:
            # Interrupted: do not let the pool wait for runs that may take many minutes.
            for future in futures:
                future.cancel()
            kill_active_groups()
            raise
    return results


def prepare_compiler(opts, into):
    """Points opts.pylc at a snapshot of the compiler and checks that it works; returns what
    is wrong, or None."""
    opts.pylc_given = opts.pylc
    if not opts.no_snapshot:
        try:
            opts.pylc = snapshot_pylc(opts.pylc, into)
        except OSError as e:
            return "cannot copy %s: %s" % (opts.pylc, e)
    return preflight(opts.pylc, into, opts)


def main(argv=None):
    opts = parse_args(argv)
    out = sys.stdout
    modules = selected_modules(opts)
    if opts.all:
        out.write("libtest: %d candidate modules (test_*.py with a main guard and test_* "
                  "packages with __main__.py in %s)\n" % (len(modules), opts.testdir))
        out.flush()
    start = time.monotonic()
    compiler_dir = None
    if not opts.compiled_cmd and not opts.reference_only:
        compiler_dir = tempfile.mkdtemp(prefix="pylc-libtest-compiler-")
        problem = prepare_compiler(opts, compiler_dir)
        if problem:
            shutil.rmtree(compiler_dir, ignore_errors=True)
            out.write("libtest: error: %s\n" % problem)
            return 2
    try:
        results = run_all(modules, opts, out)
    finally:
        if compiler_dir:
            shutil.rmtree(compiler_dir, ignore_errors=True)
    out.write(summary_line(results, opts.all) + "\n")
    out.write("libtest: %.0f s wall\n" % (time.monotonic() - start))
    if opts.json:
        with open(opts.json, "w", encoding="utf-8") as f:
            json.dump({"options": {"opt": opts.opt, "timeout": opts.timeout,
                                   "python": opts.python,
                                   "pylc": getattr(opts, "pylc_given", opts.pylc),
                                   "compiled_cmd": opts.compiled_cmd},
                       "modules": [result_json(r) for r in results]}, f, indent=1)
    if opts.all:   # a measurement: it fails only when the runner does
        return 2 if any(r.status == "error" for r in results) else 0
    wanted = "reference" if opts.reference_only else "identical"
    return 0 if all(r.status == wanted for r in results) else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        kill_active_groups()
        sys.exit(130)
