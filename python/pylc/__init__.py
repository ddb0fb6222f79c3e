"""pylc's declarations of C functions, for programs that also run under the interpreter.

    import pylc

    @pylc.cfunc("fast.c")
    def dot(n: int, scale: float) -> float: ...

pylc compiles such a module-level def into a direct call of the C function `dot` (linked from
the fast.c given on pylc's command line), converting each argument to the C type of its
annotation: int -> long long, float -> double, bool -> _Bool, bytes -> const char *,
pylc.ptr -> void *, and the result back (None: void). Under the interpreter this package does
the same through ctypes: on first use it builds a shared library from the source (relative to
the declaring module's directory) with clang-19 (or $PYLC_CC, or cc) into $PYLC_CACHE_DIR
(default: ~/.cache/pylc), keyed by the source's content and flags, and loads it. Arguments
are checked and converted exactly as compiled code does, with the same error messages.
See docs/extensions.md.
"""
import ctypes
import functools
import hashlib
import operator
import os
import shutil
import subprocess
import sys
import sysconfig

__all__ = ["cfunc", "ptr", "compiled"]

compiled = False


class ptr(int):
    """A C pointer (void *), as an int."""


_C_TYPES = {
    "int": ctypes.c_longlong,
    "float": ctypes.c_double,
    "bool": ctypes.c_bool,
    "bytes": ctypes.c_char_p,
    "ptr": ctypes.c_void_p,
    "None": None,
}
_PTR_BITS = ctypes.sizeof(ctypes.c_void_p) * 8


def _type_name(annotation, result):
    # A string is the annotation's source (from __future__ import annotations): `ptr` and
    # `<alias>.ptr` name pylc.ptr, as pylc's lowering reads them.
    if annotation is ptr or (isinstance(annotation, str) and
                             (annotation == "ptr" or annotation.endswith(".ptr"))):
        return "ptr"
    if annotation in (int, float, bool, bytes):
        return annotation.__name__
    if isinstance(annotation, str) and annotation in ("int", "float", "bool", "bytes"):
        return annotation  # from __future__ import annotations
    if result and annotation in (None, "None"):
        return "None"
    raise TypeError("a @pylc.cfunc %s must be annotated int, float, bool, bytes, pylc.ptr%s"
                    % ("result" if result else "parameter", " or None" if result else ""))


def _wrong(what, kind, v):
    return TypeError("%s must be %s, not %s" % (what, kind, type(v).__name__))


# The conversions of runtime/ccall.c (pylc_cconv), message for message.
def _to_int(v, what):
    if not isinstance(v, int) and not hasattr(type(v), "__index__"):
        raise _wrong(what, "int", v)
    x = operator.index(v)
    if not -2**63 <= x < 2**63:
        raise OverflowError("%s does not fit in a C long long" % what)
    return x


def _to_float(v, what):
    tp = type(v)
    if isinstance(v, float):
        return float(v)
    if hasattr(tp, "__float__"):
        return float(v)
    if hasattr(tp, "__index__"):
        return float(operator.index(v))
    raise _wrong(what, "float", v)


def _to_bool(v, what):
    return bool(v)


def _to_bytes(v, what):
    if v is None or isinstance(v, bytes):
        return v
    raise _wrong(what, "bytes", v)


def _to_ptr(v, what):
    if v is None:
        return None
    if not isinstance(v, int):
        raise _wrong(what, "int or None", v)
    if not -2**(_PTR_BITS - 1) <= v < 2**_PTR_BITS:
        raise OverflowError("%s does not fit in a C pointer" % what)
    return v % 2**_PTR_BITS


_CONVERT = {"int": _to_int, "float": _to_float, "bool": _to_bool, "bytes": _to_bytes,
            "ptr": _to_ptr}


def _compiler():
    cc = os.environ.get("PYLC_CC")
    if cc:
        return cc
    for name in ("clang-19", "cc"):
        found = shutil.which(name)
        if found:
            return found
    raise RuntimeError("pylc.cfunc: no C compiler found (install clang-19 or set PYLC_CC)")


def _cache_dir():
    d = os.environ.get("PYLC_CACHE_DIR")
    if not d:
        d = os.path.join(os.environ.get("XDG_CACHE_HOME") or
                         os.path.join(os.path.expanduser("~"), ".cache"), "pylc")
    os.makedirs(d, exist_ok=True)
    return d


@functools.lru_cache(maxsize=None)
def _library(source):
    """The shared library built from `source` (an absolute path), loaded."""
    with open(source, "rb") as f:
        text = f.read()
    cc = _compiler()
    flags = ["-shared", "-fPIC", "-O2", "-I" + sysconfig.get_paths()["include"]]
    # After the source, so that -l archives resolve what it needs.
    extra = os.environ.get("PYLC_CFLAGS", "").split()
    if source.endswith((".cc", ".cpp", ".cxx", ".C", ".c++")):
        extra.append("-lstdc++")  # as pylc links a C++ input
    key = hashlib.sha256(repr((text, cc, flags, extra, source)).encode()).hexdigest()[:24]
    out = os.path.join(_cache_dir(), "%s-%s.so" % (os.path.basename(source), key))
    if not os.path.exists(out):
        tmp = "%s.tmp%d" % (out, os.getpid())
        r = subprocess.run([cc] + flags + ["-o", tmp, source] + extra, stderr=subprocess.PIPE)
        if r.returncode != 0:
            sys.stderr.write(r.stderr.decode(errors="replace"))
            raise RuntimeError("pylc.cfunc: compiling %s failed" % source)
        os.replace(tmp, out)
    return ctypes.CDLL(out)


def cfunc(source, *, name=None):
    """Declares the C function `name` (default: the def's name) defined in `source`."""
    if not isinstance(source, str):
        raise TypeError("@pylc.cfunc takes the C source file as a string")

    def declare(fn):
        module = sys.modules.get(fn.__module__)
        base = os.path.dirname(os.path.abspath(getattr(module, "__file__", None) or "."))
        path = source if os.path.isabs(source) else os.path.join(base, source)
        code = fn.__code__
        params = code.co_varnames[:code.co_argcount]
        if code.co_posonlyargcount or code.co_kwonlyargcount or code.co_flags & 0x0C:
            raise TypeError("a @pylc.cfunc function has plain parameters only")
        ann = fn.__annotations__
        for p in params:
            if p not in ann:
                raise TypeError("a @pylc.cfunc parameter needs an annotation: int, float, "
                                "bool, bytes or pylc.ptr")
        kinds = [_type_name(ann[p], False) for p in params]
        result = _type_name(ann.get("return"), True)
        symbol = name or fn.__name__
        state = {}

        def c_function():
            f = state.get("f")
            if f is None:
                f = getattr(_library(path), symbol)
                f.argtypes = [_C_TYPES[k] for k in kinds]
                f.restype = _C_TYPES[result]
                state["f"] = f
            return f

        c_function()  # build and load now: a missing source or symbol fails at the def
        whats = ["%s() argument '%s'" % (fn.__name__, p) for p in params]
        convs = [_CONVERT[k] for k in kinds]
        ret_ptr = result == "ptr"

        def call(*args):
            c_args = [conv(a, w) for conv, a, w in zip(convs, args, whats)]
            r = c_function()(*c_args)
            return r if not ret_ptr or r is None else int(r)

        # The wrapper binds arguments as the def would (same names, defaults, messages).
        src = "def %s(%s):\n    return _call(%s)\n" % (fn.__name__, ", ".join(params),
                                                       ", ".join(params))
        ns = {"_call": call}
        exec(src, ns)
        wrapper = ns[fn.__name__]
        wrapper.__defaults__ = fn.__defaults__
        wrapper.__qualname__ = fn.__qualname__
        wrapper.__module__ = fn.__module__
        wrapper.__doc__ = fn.__doc__
        wrapper.__annotations__ = dict(ann)
        return wrapper

    return declare
