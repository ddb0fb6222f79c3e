#!/usr/bin/python3.11
"""Differential test runner: a program must behave the same under pylc as under CPython.

    difftest.py --pylc PYLC [--python PY] [--stdin FILE] [--no-run] [--no-build]
                [--timeout SECONDS] [--keep] [--native FILE] [--ref-env NAME=VALUE]
                FILE.py [-- ARGS...]

Runs FILE.py three ways, each with PYTHONHASHSEED=0, stdin from /dev/null (or --stdin),
stdout and stderr captured as bytes, from the current directory:

  (a) reference:  PY FILE.py ARGS                  (PY defaults to /usr/bin/python3.11)
  (b) build:      PYLC build FILE.py -o TMP/exe; TMP/exe ARGS
  (c) run:        PYLC run FILE.py ARGS

FILE.py is passed as an absolute path everywhere, because it shows up in tracebacks.
Exits 0 when the stdout, stderr and exit code of (b) and (c) equal those of (a); otherwise
prints a unified diff per differing stream (and the exit codes) and exits 1. A failing
`pylc build` prints the compiler's output and fails the test.
"""
import argparse
import difflib
import os
import shutil
import signal
import subprocess
import sys
import tempfile

DEFAULT_PYTHON = "/usr/bin/python3.11"


class Result:
    def __init__(self, label, argv, stdout=b"", stderr=b"", code=None, note=None):
        self.label = label
        self.argv = argv
        self.stdout = stdout
        self.stderr = stderr
        self.code = code          # None when it did not finish (timeout, could not start)
        self.note = note          # why it did not finish


def environment():
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    # The reference run imports the program's modules from the source tree: no __pycache__.
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    for var in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONWARNINGS",
                "PYTHONUNBUFFERED", "PYTHONIOENCODING", "PYTHONINSPECT", "PYTHONDEVMODE",
                "PYTHONUTF8"):
        env.pop(var, None)
    return env


def execute(label, argv, stdin_path, timeout, env, cwd=None):
    try:
        stdin = open(stdin_path or os.devnull, "rb")
    except OSError as e:
        return Result(label, argv, b"", b"", None, "cannot open stdin: %s" % e)
    with stdin:
        try:
            # Own process group, so that a timeout also kills anything the program started.
            proc = subprocess.Popen(argv, stdin=stdin, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, env=env, start_new_session=True,
                                    cwd=cwd)
        except OSError as e:
            return Result(label, argv, b"", b"", None, "could not start: %s" % e)
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except OSError:
                proc.kill()
            out, err = proc.communicate()
            return Result(label, argv, out, err, None, "timed out after %s s" % timeout)
    return Result(label, argv, out, err, proc.returncode)


def describe_code(code):
    if code is None:
        return "none"
    if code < 0:
        return "%d (killed by signal %d)" % (code, -code)
    return str(code)


def lines(data):
    text = data.decode("utf-8", errors="backslashreplace")
    return text.splitlines(keepends=True)


def show_command(res):
    return " ".join(_quote(a) for a in res.argv)


def _quote(arg):
    import shlex
    return shlex.quote(arg)


def dump(res, out):
    out.write("--- %s: %s\n" % (res.label, show_command(res)))
    if res.note:
        out.write("    %s\n" % res.note)
    out.write("    exit code: %s\n" % describe_code(res.code))
    for name in ("stdout", "stderr"):
        data = getattr(res, name)
        if data:
            out.write("    %s:\n" % name)
            text = data.decode("utf-8", errors="backslashreplace")
            for line in text.splitlines():
                out.write("      | %s\n" % line)


def compare(ref, res, out):
    """Writes the differences between ref and res to out; returns True when they agree."""
    same = True
    header_done = False

    def header():
        nonlocal header_done
        if not header_done:
            out.write("=== MISMATCH: %s vs %s\n" % (res.label, ref.label))
            out.write("    %s: %s\n" % (ref.label, show_command(ref)))
            out.write("    %s: %s\n" % (res.label, show_command(res)))
            header_done = True

    if res.note:
        header()
        out.write("%s %s\n" % (res.label, res.note))
        same = False
    if res.code != ref.code:
        header()
        out.write("exit code: expected %s (%s), got %s (%s)\n"
                  % (describe_code(ref.code), ref.label, describe_code(res.code), res.label))
        same = False
    for name in ("stdout", "stderr"):
        a, b = getattr(ref, name), getattr(res, name)
        if a == b:
            continue
        same = False
        header()
        out.write("%s differs:\n" % name)
        diff = list(difflib.unified_diff(lines(a), lines(b),
                                         fromfile="%s (%s)" % (name, ref.label),
                                         tofile="%s (%s)" % (name, res.label)))
        if not diff or lines(a) == lines(b):
            # Only line endings / trailing newline differ: show reprs.
            out.write("  expected: %r\n  got:      %r\n" % (a[-200:], b[-200:]))
        for d in diff:
            if not d.endswith("\n"):
                d += "\n\\ No newline at end of file\n"
            out.write(d)
    return same


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Compare a program's behaviour under pylc (build and run) with CPython.")
    parser.add_argument("--pylc", required=True, help="path of the pylc binary")
    parser.add_argument("--python", default=DEFAULT_PYTHON,
                        help="reference interpreter (default %(default)s)")
    parser.add_argument("--stdin", help="file to feed on stdin (default /dev/null)")
    parser.add_argument("--no-run", action="store_true", help="skip `pylc run` (JIT)")
    parser.add_argument("--no-build", action="store_true",
                        help="skip `pylc build` and the executable")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="seconds allowed for each step (default %(default)s)")
    parser.add_argument("--build-flag", action="append", default=[],
                        help="extra option for `pylc build` (repeatable), e.g. -O0")
    parser.add_argument("--pylc-flag", action="append", default=[],
                        help="extra option for `pylc build` and `pylc run` (repeatable)")
    parser.add_argument("--module-path", action="append", default=[],
                        help="a directory of the program's modules besides the script's: "
                             "PYTHONPATH for the reference, --path for pylc (repeatable)")
    parser.add_argument("--native", action="append", default=[], metavar="FILE",
                        help="a C/C++ source, object or library pylc links into the program "
                             "(repeatable): given after FILE.py to `pylc build`, and before "
                             "it to `pylc run` (--native-after puts it after it there too)")
    parser.add_argument("--native-after", action="store_true",
                        help="give the native inputs after FILE.py to `pylc run` too")
    parser.add_argument("--ref-env", action="append", default=[], metavar="NAME=VALUE",
                        help="an environment variable of the reference run only (repeatable), "
                             "e.g. PYTHONPATH holding the .so of an extension module")
    parser.add_argument("--run-module", metavar="NAME",
                        help="run module NAME as `python -m NAME` (`pylc build -m NAME`) from "
                             "the directory given in place of FILE.py")
    parser.add_argument("--keep", action="store_true",
                        help="keep the temporary directory holding the executable")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="print every command and its outcome")
    parser.add_argument("file", help="the Python program")
    parser.add_argument("args", nargs="*", help="program arguments (after --)")
    opts = parser.parse_args(argv)

    out = sys.stdout
    src = os.path.abspath(opts.file)
    cwd = None
    if opts.run_module:
        cwd = src
        if not os.path.isdir(cwd):
            out.write("difftest: error: %s: no such directory\n" % cwd)
            return 2
    elif not os.path.isfile(src):
        out.write("difftest: error: %s: no such file\n" % src)
        return 2
    stdin_path = os.path.abspath(opts.stdin) if opts.stdin else None
    pylc = os.path.abspath(opts.pylc) if os.sep in opts.pylc else opts.pylc
    env = environment()
    timeout = opts.timeout

    module_paths = [os.path.abspath(p) for p in opts.module_path]
    pylc_flags = list(opts.pylc_flag)
    for p in module_paths:
        pylc_flags += ["--path", p]
    ref_env = dict(env)
    if module_paths:
        ref_env["PYTHONPATH"] = os.pathsep.join(module_paths)
    for assignment in opts.ref_env:
        name, _, value = assignment.partition("=")
        ref_env[name] = value
    native = [os.path.abspath(p) for p in opts.native]
    target = ["-m", opts.run_module] if opts.run_module else [src]
    ref = execute("python", [opts.python] + target + opts.args, stdin_path, timeout, ref_env,
                  cwd)
    if opts.verbose:
        dump(ref, out)
    if ref.code is None:
        out.write("difftest: error: the reference interpreter did not finish\n")
        dump(ref, out)
        return 1

    ok = True
    tmpdir = tempfile.mkdtemp(prefix="pylc-difftest-")
    try:
        if not opts.no_build:
            exe = os.path.join(tmpdir, "exe")
            build = execute("pylc build",
                            [pylc, "build"] + opts.build_flag + pylc_flags + target + native +
                            ["-o", exe],
                            None, timeout, env, cwd)
            if opts.verbose:
                dump(build, out)
            if build.code != 0:
                out.write("=== BUILD FAILED\n")
                dump(build, out)
                ok = False
            elif not os.path.isfile(exe):
                out.write("=== BUILD FAILED: `pylc build` exited 0 but wrote no %s\n" % exe)
                dump(build, out)
                ok = False
            else:
                res = execute("executable", [exe] + opts.args, stdin_path, timeout, env, cwd)
                if opts.verbose:
                    dump(res, out)
                ok = compare(ref, res, out) and ok
        if not opts.no_run:
            before, after = ([], native) if opts.native_after else (native, [])
            res = execute("pylc run", [pylc, "run"] + pylc_flags + before + target + after +
                          opts.args, stdin_path, timeout, env, cwd)
            if opts.verbose:
                dump(res, out)
            ok = compare(ref, res, out) and ok
    finally:
        if opts.keep:
            out.write("difftest: kept %s\n" % tmpdir)
        else:
            shutil.rmtree(tmpdir, ignore_errors=True)

    if ok:
        if opts.verbose:
            out.write("difftest: OK (%s)\n" % src)
        return 0
    out.write("difftest: FAILED (%s)\n" % src)
    return 1


if __name__ == "__main__":
    sys.exit(main())
