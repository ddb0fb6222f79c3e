/* The ABI between code that pylc generates and the runtime library every compiled
 * program links (libpylcrt.a). The LLVM backend declares these functions by name, so a
 * change here is a change in llvm-backend/RuntimeABI.cpp too.
 *
 * Conventions, as in the CPython C API: a PyObject* result is a new reference, NULL
 * with an exception set on error; an int result is 0 on success and -1 on error.
 * Arguments are borrowed unless a comment says a reference is stolen.
 * The runtime is C11 and depends on nothing of the compiler. */
#ifndef PYLC_RUNTIME_H
#define PYLC_RUNTIME_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ constants */

enum pylc_const_kind {
  PYLC_CONST_NONE = 0,
  PYLC_CONST_TRUE = 1,
  PYLC_CONST_FALSE = 2,
  PYLC_CONST_ELLIPSIS = 3,
  PYLC_CONST_INT = 4,     /* data: decimal digits, optional leading '-' */
  PYLC_CONST_FLOAT = 5,   /* number */
  PYLC_CONST_COMPLEX = 6, /* number is the imaginary part */
  PYLC_CONST_STR = 7,     /* data/len: UTF-8; always interned */
  PYLC_CONST_BYTES = 8,   /* data/len: raw bytes */
};

typedef struct {
  int kind;
  const char *data;
  Py_ssize_t len;
  double number;
} pylc_constdesc;

/* Creates n constants into out[0..n). The objects live until the process ends. */
int pylc_init_consts(const pylc_constdesc *descs, int n, PyObject **out);

/* ------------------------------------------------------------------ code objects */

enum pylc_func_flags {
  PYLC_VARARGS = 1,     /* has *args */
  PYLC_VARKEYWORDS = 2, /* has **kwargs */
  /* Added by the runtime: a module or class body (runs with a locals mapping). Code named
   * "<module>" is treated as such without the flag. */
  PYLC_UNOPTIMIZED = 4,
  PYLC_GENERATOR = 8,
  PYLC_COROUTINE = 16,
  PYLC_ASYNC_GENERATOR = 32,
  PYLC_NESTED = 64,
};

/* Slot kinds, as CPython's CO_FAST_LOCAL / CO_FAST_CELL / CO_FAST_FREE. */
enum pylc_slot_kind { PYLC_SLOT_LOCAL = 0x20, PYLC_SLOT_CELL = 0x40, PYLC_SLOT_FREE = 0x80 };

/* Everything static about one compiled function (or module body). The generated code
 * emits one of these per `def` as a constant global. */
typedef struct {
  const char *name;     /* co_name / __name__, e.g. "f" or "<module>" */
  const char *qualname; /* co_qualname / __qualname__ */
  int firstlineno;
  int argcount;        /* positional parameters, positional-only included */
  int posonlyargcount; /* of which positional-only */
  int kwonlyargcount;
  int flags; /* pylc_func_flags */
  /* co_varnames: the parameters in CPython's order (positional, keyword-only, *args,
   * **kwargs), then the other local variables. nparams = argcount + kwonlyargcount +
   * (flags & VARARGS ? 1 : 0) + (flags & VARKEYWORDS ? 1 : 0). */
  int nvarnames;
  const char *const *varnames;
  /* Per name, what kind of slot it is (co_localspluskinds): NULL when all are plain locals.
   * Slots are ordered as CPython orders localsplus: plain locals (parameters first, a
   * parameter that is also a cell has LOCAL|CELL), then the other cells, then the free
   * variables (the closure's cells, in co_freevars order). */
  const unsigned char *kinds;
  /* The line table (CPython 3.11 format) of the raising sites: site i is a code unit of its
   * own, after the prologue (MAKE_CELL/COPY_FREE_VARS/RESUME) that pylc_code_new adds, so a
   * frame stopped at site i shows that site's position. */
  const unsigned char *linetable;
  int linetable_len;
  int nsites; /* number of code units */
  const char *doc; /* __doc__, may be NULL */
} pylc_funcdesc;

/* A real code object for `desc`: co_code is the prologue CPython would emit (MAKE_CELL per
 * cell, COPY_FREE_VARS, RESUME) followed by one NOP per raising site. The generated code
 * points its frame's instruction pointer at unit `resume + 1 + site`. */
PyObject *pylc_code_new(const pylc_funcdesc *desc, PyObject *filename);

/* ------------------------------------------------------------------ functions */

/* The native body of a compiled function. `params` holds exactly nparams borrowed
 * references in co_varnames order; *args is a tuple and **kwargs a dict. */
typedef PyObject *(*pylc_impl)(PyObject *func, PyObject *const *params);

/* The runtime type of compiled functions; its __name__ is "compiled_function". */
extern PyTypeObject PylcFunction_Type;

/* A compiled function object: vectorcall binds arguments exactly as CPython does
 * (same error messages), then calls impl. defaults (a tuple), kwdefaults (a dict), closure
 * (a tuple of cells, one per free variable) and annotations (a dict) may be NULL; they are
 * borrowed. __module__ is taken from globals["__name__"]. */
PyObject *pylc_function_new(const pylc_funcdesc *desc, pylc_impl impl, PyObject *code,
                            PyObject *globals, PyObject *defaults, PyObject *kwdefaults,
                            PyObject *closure, PyObject *annotations);
/* Runs a compiled body that has a locals mapping (a module body with its globals, a class
 * body with its namespace): the mapping is the body's single parameter. A class body returns
 * its __class__ cell or None. */
PyObject *pylc_call_body(PyObject *body, PyObject *locals);

/* ------------------------------------------------------------------ frames */

/* The interpreter frame of a compiled call lives in the caller-provided memory `frame`:
 * the specials of CPython 3.11's _PyInterpreterFrame followed by `nlocalsplus` local slots
 * (co_nlocalsplus of the function's code). Push links it as the thread's current frame and
 * copies the closure's cells into the free-variable slots (the last ones; the caller zeroes
 * the others right after the push, before anything can look at them); pop
 * unlinks it and releases the slots, or hands them to the frame object if one is still
 * referenced. `locals` is the locals mapping of a module or class body, else NULL. */
struct _PyInterpreterFrame;
void pylc_frame_push(struct _PyInterpreterFrame *frame, PyObject *func, PyObject *locals,
                     int nlocalsplus);
void pylc_frame_pop(struct _PyInterpreterFrame *frame);
/* Adds the traceback entry of `frame` stopped at its current instruction. */
void pylc_frame_traceback(struct _PyInterpreterFrame *frame);

/* ------------------------------------------------------------------ names */

/* globals[name], then builtins[name]; NameError "name 'x' is not defined" otherwise
 * (with the exception's .name set, so 3.11 can suggest a similar name). */
PyObject *pylc_load_global(PyObject *globals, PyObject *name);
int pylc_store_global(PyObject *globals, PyObject *name, PyObject *value);
int pylc_delete_global(PyObject *globals, PyObject *name); /* NameError if unbound */
/* Sets UnboundLocalError for local `name` (always returns NULL). */
PyObject *pylc_raise_unbound_local(PyObject *name);
/* Added by the runtime: NameError "cannot access free variable 'x' where it is not
 * associated with a value in enclosing scope" for an empty closure cell (returns NULL). */
PyObject *pylc_raise_unbound_free(PyObject *name);
/* Added by the runtime: LOAD_NAME / STORE_NAME / DELETE_NAME for class bodies and other
 * code that runs with a locals mapping (locals, then globals, then builtins). */
PyObject *pylc_load_name(PyObject *locals, PyObject *globals, PyObject *name);
int pylc_store_name(PyObject *locals, PyObject *name, PyObject *value);
int pylc_delete_name(PyObject *locals, PyObject *name);
/* LOAD_CLASSDEREF: a class body's free variable is looked up in its namespace first, then
 * in the cell; NameError (free variable) when the cell is empty. */
PyObject *pylc_load_classderef(PyObject *locals, PyObject *cell, PyObject *name);
/* SETUP_ANNOTATIONS: locals["__annotations__"] = {} unless it is there already. */
int pylc_setup_annotations(PyObject *locals);

/* A per-site cache of a global lookup (zero-initialised by the generated code). */
typedef struct {
  uint64_t globals_version, builtins_version;
  PyObject *builtins; /* borrowed */
  PyObject *value;    /* borrowed; NULL: empty */
} pylc_global_cache;
PyObject *pylc_load_global_cached(PyObject *globals, PyObject *name, pylc_global_cache *cache);

/* ------------------------------------------------------------------ fast paths */

/* Exact CPython semantics, with inline paths for small ints and floats (fastpath.c). */
PyObject *pylc_add(PyObject *a, PyObject *b);
PyObject *pylc_sub(PyObject *a, PyObject *b);
PyObject *pylc_mul(PyObject *a, PyObject *b);
PyObject *pylc_floordiv(PyObject *a, PyObject *b);
PyObject *pylc_mod(PyObject *a, PyObject *b);
PyObject *pylc_truediv(PyObject *a, PyObject *b);
PyObject *pylc_and(PyObject *a, PyObject *b);
PyObject *pylc_or(PyObject *a, PyObject *b);
PyObject *pylc_xor(PyObject *a, PyObject *b);
PyObject *pylc_iadd(PyObject *a, PyObject *b);
PyObject *pylc_isub(PyObject *a, PyObject *b);
PyObject *pylc_imul(PyObject *a, PyObject *b);
PyObject *pylc_ifloordiv(PyObject *a, PyObject *b);
PyObject *pylc_imod(PyObject *a, PyObject *b);
PyObject *pylc_itruediv(PyObject *a, PyObject *b);
PyObject *pylc_richcompare(PyObject *a, PyObject *b, int op);
/* The truth of a comparison without creating its result object: 1, 0, or -1 on error. */
int pylc_richcompare_bool(PyObject *a, PyObject *b, int op);
PyObject *pylc_getitem(PyObject *container, PyObject *key);
/* obj.name(...) without a bound-method object, as LOAD_METHOD / CALL do: the lookup
 * returns the attribute and sets *unbound when it is a function that needs `self`. The
 * call then passes self in args[-1], which must be writable. */
PyObject *pylc_method_load(PyObject *obj, PyObject *name, int *unbound);
PyObject *pylc_call_method(PyObject *meth, int unbound, PyObject *self, PyObject **args,
                           size_t nargs, PyObject *kwnames);
int pylc_setitem(PyObject *container, PyObject *key, PyObject *value);

/* ------------------------------------------------------------------ operations */

/* PyObject_IsTrue with the True/False/None fast path inline. */
int pylc_is_true(PyObject *v);
/* `in` / `not in`: Py_True or Py_False (new reference). */
PyObject *pylc_contains(PyObject *container, PyObject *item, int negate);

/* Sequence unpacking with CPython's messages; returns a tuple of exactly n items. */
PyObject *pylc_unpack(PyObject *seq, Py_ssize_t n);
/* `a, *b, c = seq`: a tuple of before + 1 + after items, a list at index `before`. */
PyObject *pylc_unpack_ex(PyObject *seq, Py_ssize_t before, Py_ssize_t after);

/* next(it): a new reference; NULL without an exception when exhausted (StopIteration
 * is cleared); NULL with an exception on error. */
PyObject *pylc_iter_next(PyObject *it);

/* Builders. The items' references are stolen, also on error. */
PyObject *pylc_build_tuple(PyObject **items, Py_ssize_t n);
PyObject *pylc_build_list(PyObject **items, Py_ssize_t n);
PyObject *pylc_build_set(PyObject **items, Py_ssize_t n);
PyObject *pylc_build_dict(PyObject **keys, PyObject **values, Py_ssize_t n);
PyObject *pylc_build_slice(PyObject *lower, PyObject *upper, PyObject *step); /* borrowed */
/* Star displays: [*a], {*a}, {**m}, f(*a, **m). */
int pylc_list_extend(PyObject *list, PyObject *iterable); /* "Value after * must be an iterable, not int" */
int pylc_set_update(PyObject *set, PyObject *iterable);
int pylc_dict_update(PyObject *dict, PyObject *mapping); /* "'int' object is not a mapping" */
PyObject *pylc_list_to_tuple(PyObject *list);

/* f-strings: conversion is -1, 's', 'r' or 'a'; spec may be NULL. */
PyObject *pylc_format(PyObject *value, int conversion, PyObject *spec);
/* Concatenates n str objects (borrowed). */
PyObject *pylc_build_string(PyObject *const *parts, Py_ssize_t n);

/* ------------------------------------------------------------------ calls */

/* f(*args, **kwargs) where args is a tuple and kwargs a dict or NULL. */
PyObject *pylc_call_ex(PyObject *func, PyObject *args, PyObject *kwargs);
/* Merges a `**mapping` argument into the call's kwargs dict, with CPython's messages
 * ("argument after ** must be a mapping, not int", "f() got multiple values for
 * keyword argument 'x'"). */
int pylc_merge_kwargs(PyObject *kwargs, PyObject *mapping, PyObject *func);
/* Converts a `*iterable` argument to a list to extend ("f() argument after * must be
 * an iterable, not int"). */
int pylc_extend_call_args(PyObject *list, PyObject *iterable, PyObject *func);

/* ------------------------------------------------------------------ imports */

PyObject *pylc_import_name(PyObject *globals, PyObject *name, PyObject *fromlist, int level);
PyObject *pylc_import_from(PyObject *module, PyObject *name); /* CPython's import_from */
int pylc_import_star(PyObject *globals, PyObject *module);

/* ------------------------------------------------------------------ exceptions */

/* `raise exc from cause`; exc may be a class or an instance, cause NULL when absent.
 * Always returns with an exception set. */
void pylc_raise(PyObject *exc, PyObject *cause);
/* Bare `raise`: re-raises the handled exception, or RuntimeError("No active exception
 * to reraise"). */
void pylc_reraise(void);
/* A failed `assert`: AssertionError(msg), or AssertionError() when msg is NULL. */
void pylc_raise_assertion(PyObject *msg);

/* ------------------------------------------------------------------ programs */

/* Runs a module body with globals = dict; returns a new reference or NULL. */
typedef PyObject *(*pylc_module_exec)(PyObject *globals);

/* Initialises the embedded interpreter as `python3.11 script args` would (environment
 * variables honoured, command-line options not parsed) with sys.argv = argv. */
int pylc_initialize(int argc, char **argv);

/* Runs `exec` as __main__ (with __file__ = filename) in an initialised interpreter,
 * prints an uncaught exception as the interpreter does, handles SystemExit, finalises
 * the interpreter and flushes output. Returns the process exit code. */
int pylc_run_main(pylc_module_exec exec, const char *filename);

/* pylc_initialize + pylc_run_main: the whole of a compiled program's main(). */
int pylc_main(int argc, char **argv, pylc_module_exec exec, const char *filename);

#ifdef __cplusplus
}
#endif
#endif /* PYLC_RUNTIME_H */
