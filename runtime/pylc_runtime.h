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
  PYLC_CONST_INT = 4,        /* data: decimal digits or "0x" hex digits, optional leading '-' */
  PYLC_CONST_FLOAT = 5,      /* number */
  PYLC_CONST_COMPLEX = 6,    /* real, number (the imaginary part) */
  PYLC_CONST_STR = 7,        /* data/len: UTF-8; always interned */
  PYLC_CONST_BYTES = 8,      /* data/len: raw bytes */
  PYLC_CONST_TUPLE = 9,      /* items/len: the items */
  PYLC_CONST_FROZENSET = 10, /* items/len: what the set is built from, in that order */
};

/* One entry of a module's constant table. Tuples and frozensets name their items by their
 * indices in the same table; every index is below the entry's own, so a table is created
 * front to back. */
typedef struct {
  int kind;
  const char *data;
  Py_ssize_t len; /* bytes of data; items of a tuple or frozenset */
  double number;
  double real;
  const int *items; /* tuple and frozenset items: table indices */
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
};

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
  /* co_linetable (CPython 3.11 format): code unit i is the raising site i of the
   * function, so a frame whose last instruction is i shows that site's position. */
  const unsigned char *linetable;
  int linetable_len;
  int nsites; /* number of code units */
  const char *doc; /* __doc__, may be NULL */
} pylc_funcdesc;

/* A real code object for `desc`: co_code is nsites NOPs, co_linetable is desc's. */
PyObject *pylc_code_new(const pylc_funcdesc *desc, PyObject *filename);

/* ------------------------------------------------------------------ functions */

/* The native body of a compiled function. `params` holds exactly nparams borrowed
 * references in co_varnames order; *args is a tuple and **kwargs a dict. */
typedef PyObject *(*pylc_impl)(PyObject *func, PyObject *const *params);

/* The runtime type of compiled functions; its __name__ is "compiled_function". */
extern PyTypeObject PylcFunction_Type;

/* A compiled function object: vectorcall binds arguments exactly as CPython does
 * (same error messages), then calls impl. defaults (a tuple) and kwdefaults (a dict)
 * may be NULL; they are borrowed. __module__ is taken from globals["__name__"]. */
PyObject *pylc_function_new(const pylc_funcdesc *desc, pylc_impl impl, PyObject *code,
                            PyObject *globals, PyObject *defaults, PyObject *kwdefaults);

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

/* A call without arguments of a name that may be one of the builtins that read the caller's
 * frame (globals, locals, vars, dir): compiled code has no interpreter frame, so the call
 * passes its namespaces. `locals` is the dict of the caller's bound local variables (the
 * module dict at module level). Any other callable is called with no arguments. */
PyObject *pylc_call_scoped(PyObject *func, PyObject *globals, PyObject *locals);
/* A dict of the bound local variables: names[i] -> values[i] where values[i] != NULL. */
PyObject *pylc_locals_dict(PyObject *const *names, PyObject *const *values, Py_ssize_t n);

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

/* Adds a traceback entry for the frame of `code` (globals `globals`) stopped at raising
 * site `site`, as the interpreter does when an exception leaves a frame. */
void pylc_traceback_add(PyObject *code, PyObject *globals, int site);

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
