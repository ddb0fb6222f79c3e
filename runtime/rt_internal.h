/* Helpers shared by the runtime's own files; not part of the ABI. */
#ifndef PYLC_RT_INTERNAL_H
#define PYLC_RT_INTERNAL_H

#include "pylc_runtime.h"

/* Raises `exc` with format_str % name, and for NameError also sets the exception's .name
 * so that 3.11 can suggest a similar name (CPython's format_exc_check_arg). */
void pylc__format_exc_check_arg(PyObject *exc, const char *format_str, PyObject *name);

/* The builtins namespace that code with these globals sees (CPython's
 * _PyEval_BuiltinsFromGlobals): a borrowed reference, NULL with an exception on error. */
PyObject *pylc__builtins_of(PyObject *globals);

/* The str `s`, interned on first use and kept for the life of the process: a borrowed
 * reference, NULL with an exception on error. `cache` is a static of the caller. */
static inline PyObject *pylc__interned(PyObject **cache, const char *s) {
  if (!*cache)
    *cache = PyUnicode_InternFromString(s);
  return *cache;
}

/* Tells a compiled code object (pylc_code_new) which native body it stands for, so that the
 * interpreter can run it (the first implementation given wins). */
void pylc__code_set_impl(PyObject *code, pylc_impl impl);
/* Whether two code objects are the same compiled body (code.replace() keeps it). */
int pylc__code_same_body(PyObject *a, PyObject *b);

#endif /* PYLC_RT_INTERNAL_H */
