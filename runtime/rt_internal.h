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

/* The builtins that code running with these globals reads (LOAD_GLOBAL's f_builtins): the
 * current frame's when it runs with them (a function's builtins are fixed when it is
 * created, as func_builtins is), else those the globals name. Borrowed; NULL on error. */
PyObject *pylc__frame_builtins(PyObject *globals);

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
/* The compiled body a code object stands for: 1 with *desc and *impl set, 0 for code the
 * interpreter compiled (or a body never instantiated). */
int pylc__code_body(PyObject *code, const pylc_funcdesc **desc, pylc_impl *impl);
/* Whether two code objects are the same compiled body (code.replace() keeps it). */
int pylc__code_same_body(PyObject *a, PyObject *b);

/* The metatype of the runtime's types (compiled_type.c): tp_name is the interpreter's name,
 * __name__ "compiled_<name>". */
extern PyTypeObject PylcCompiledType_Type;
/* PyType_Ready for a type whose metatype is PylcCompiledType_Type (readies that first). */
int pylc__type_ready(PyTypeObject *type);

/* Adapts the few CPython methods that accept only the interpreter's own functions or
 * generators (runtime/interop.c); run once the interpreter is initialised. */
int pylc__install_interop(void);
/* pending.c: points pylc_eval_breaker at the interpreter's; does what a set breaker asks
 * (0, or -1 with an exception). Call sites test pylc__pending() first. */
void pylc__init_pending(void);
int pylc__handle_pending(void);
static inline int pylc__pending(void) {
  return __atomic_load_n(pylc_eval_breaker, __ATOMIC_RELAXED);
}
/* A call's result, after the eval-breaker check the interpreter makes once a call returns. */
static inline PyObject *pylc__after_call(PyObject *result) {
  if (__builtin_expect(pylc__pending(), 0) && result && pylc__handle_pending() < 0) {
    Py_DECREF(result);
    return NULL;
  }
  return result;
}
/* tracing.c: a call that reports c_call events as the interpreter's CALL does under
 * sys.setprofile (function.c tests whether a profile function wants them). */
PyObject *pylc__profiled_call(PyObject *func, PyObject *const *args, size_t nargsf,
                              PyObject *kwnames);
/* Puts the finder of the modules given to pylc_register_modules into sys.meta_path. */
int pylc__install_finder(void);
/* Puts the finder of the extension modules given to pylc_register_builtins into
 * sys.meta_path. */
int pylc__install_builtins(void);

/* tracing.c: the 'call' and 'return' events of a frame (-1: the trace or profile function
 * raised), and the 'exception' event for the pending exception (which it keeps, unless the
 * trace function raised instead). */
struct _ts;
struct _PyInterpreterFrame;
int pylc__trace_entry(struct _ts *tstate, struct _PyInterpreterFrame *frame);
int pylc__trace_exit(struct _ts *tstate, struct _PyInterpreterFrame *frame, PyObject *retval);
void pylc__trace_exception(struct _ts *tstate, struct _PyInterpreterFrame *frame);

/* native_calls.c: builtin functions and C method descriptors called directly, as the
 * specialising interpreter does; pylc__init_native_calls runs once after Py_Initialize. */
int pylc__init_native_calls(void);
PyObject *pylc__call_native(PyObject *callable, PyObject *const *args, size_t nargsf);
/* frame.clear() of the frame of a compiled generator: 1 when done (the generator
 * finalised), 0 when the frame is not one, -1 with an exception. */
int pylc__gen_frame_clear(PyFrameObject *f);

#endif /* PYLC_RT_INTERNAL_H */
