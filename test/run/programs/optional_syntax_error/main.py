# RUN: %difftest %s
# Modules that do not compile, reached only by imports that may not run: the build leaves
# them out, and importing one raises the SyntaxError (IndentationError, TabError) the
# interpreter's compile() raises, with its file, line, offsets and text; then uncaught.
import traceback


def report(e):
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    print(repr(e.text), e.filename.endswith(".py"))
    print(str(e).replace(e.filename, "FILE"))
    traceback.print_exc()


try:
    import bad_future
except SyntaxError as e:
    report(e)
try:
    import bad_indent
except SyntaxError as e:
    report(e)
try:
    from late_future import x
except SyntaxError as e:
    report(e)


def sub():
    from pkg import bad_sub


try:
    sub()
except SyntaxError as e:
    report(e)

import pkg

print(pkg.ok)

if pkg.ok:
    import bad_syntax
