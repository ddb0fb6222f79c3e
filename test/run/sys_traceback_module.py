# RUN: %difftest %s
# traceback.print_exc() (to stderr and to a file), format_exc(), format_exception() with a
# cause and a context, print_exception(e), extract_stack/format_stack from compiled
# frames, and limit=.
import io
import sys
import traceback

def level3(x):
    return {"a": 1}[x]
def level2(x):
    return level3(x) + 1
def level1(x):
    return level2(x) * 2

try:
    level1("b")
except KeyError:
    traceback.print_exc()
    text = traceback.format_exc()
    print(text.splitlines()[0], "|", text.splitlines()[-1], "|", text.count("File "))
    buf = io.StringIO()
    traceback.print_exc(limit=1, file=buf)
    print(buf.getvalue(), end="")

try:
    try:
        level1("c")
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[-1], end="")
    print([l for l in lines if not l.startswith(" ")])
    traceback.print_exception(e, file=sys.stdout)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        [].pop()
except IndexError as e:
    traceback.print_exception(type(e), e, e.__traceback__, chain=True)
    print("".join(traceback.format_exception_only(type(e), e)), end="")

def where():
    return [(f.name, f.lineno) for f in traceback.extract_stack()][-3:]
def caller():
    return where()
print(caller())
print(traceback.format_exc())
print(traceback.format_stack(limit=1)[0].strip().splitlines()[0])
