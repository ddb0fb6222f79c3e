# RUN: %difftest %s
# str()/repr()/args of builtin exceptions constructed in different ways: KeyError quoting,
# UnicodeDecodeError fields, StopIteration.value, SystemExit.code, OSError's errno/filename
# forms, AttributeError name/obj, NameError name, ImportError name/path.
cases = [
    KeyError("k"),
    KeyError(1, 2),
    IndexError(),
    ValueError("a", 2),
    StopIteration(5),
    StopIteration(),
    SystemExit(),
    SystemExit(3),
    OSError("plain"),
    OSError(2, "No such file"),
    OSError(2, "No such file", "a.txt"),
    OSError(1, "x", "a", 5, "b"),
    AttributeError("msg", name="attr", obj=None),
    NameError("msg", name="nm"),
    ImportError("cannot import", name="mod", path="/p"),
    UnicodeDecodeError("utf-8", b"\xc3\x28", 0, 1, "invalid continuation byte"),
    UnicodeEncodeError("ascii", "\xe9", 0, 1, "ordinal not in range"),
]
for e in cases:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
o = OSError(2, "No such file", "a.txt", None, "b.txt")
print(o.errno, o.strerror, o.filename, o.filename2, str(o))
a = AttributeError("msg", name="attr", obj=None)
print(a.name, a.obj)
u = UnicodeDecodeError("utf-8", b"\xc3\x28", 0, 1, "invalid")
print(u.encoding, u.object, u.start, u.end, u.reason)
i = ImportError("x", name="mod", path="/p")
print(i.name, i.path, i.msg)
print(repr(BaseException()), str(BaseException(None)), repr(Exception("a", "b")))
