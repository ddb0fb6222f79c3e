/* Code objects and traceback entries for compiled functions.
 *
 * A compiled function has no interpreter frame, yet tracebacks must look exactly like the
 * interpreter's (file, line, function, source line and PEP 657 carets). So each function
 * gets a real code object whose co_code is one NOP per raising site and whose location
 * table maps site i to that site's source range; when an exception leaves the function,
 * a frame object stopped at code unit `site` is built just long enough to add the
 * traceback entry. CPython then computes line and carets from the table as usual.
 *
 * This is the only file that needs CPython's internal headers (the frame layout). */
#define Py_BUILD_CORE 1
#include "pylc_runtime.h"

#include "frameobject.h"
#include "internal/pycore_frame.h"

#include <string.h>

enum { NOP_OPCODE = 9 };

/* co_varnames as a tuple of interned str (PyCode_New interns them). */
static PyObject *varnames_tuple(const pylc_funcdesc *desc) {
  PyObject *t = PyTuple_New(desc->nvarnames);
  if (!t)
    return NULL;
  for (int i = 0; i < desc->nvarnames; i++) {
    PyObject *s = PyUnicode_InternFromString(desc->varnames[i]);
    if (!s) {
      Py_DECREF(t);
      return NULL;
    }
    PyTuple_SET_ITEM(t, i, s);
  }
  return t;
}

/* nsites NOP instructions; a code object needs at least one code unit. */
static PyObject *nop_bytecode(int nsites) {
  Py_ssize_t units = nsites > 0 ? nsites : 1;
  PyObject *b = PyBytes_FromStringAndSize(NULL, units * 2);
  if (!b)
    return NULL;
  char *p = PyBytes_AS_STRING(b);
  for (Py_ssize_t i = 0; i < units; i++) {
    p[2 * i] = NOP_OPCODE;
    p[2 * i + 1] = 0;
  }
  return b;
}

/* Module and class bodies run with a locals mapping, functions with fast locals. */
static int is_unoptimized(const pylc_funcdesc *desc) {
  return (desc->flags & PYLC_UNOPTIMIZED) || (desc->name && strcmp(desc->name, "<module>") == 0);
}

static int code_flags(const pylc_funcdesc *desc) {
  int flags = is_unoptimized(desc) ? 0 : CO_OPTIMIZED | CO_NEWLOCALS;
  if (desc->flags & PYLC_VARARGS)
    flags |= CO_VARARGS;
  if (desc->flags & PYLC_VARKEYWORDS)
    flags |= CO_VARKEYWORDS;
  return flags;
}

PyObject *pylc_code_new(const pylc_funcdesc *desc, PyObject *filename) {
  PyObject *code = NULL, *consts = NULL, *names = NULL, *varnames = NULL, *empty = NULL;
  PyObject *name = NULL, *qualname = NULL, *linetable = NULL, *exctable = NULL;
  PyObject *result = NULL;

  code = nop_bytecode(desc->nsites);
  /* A function's first constant is its docstring, as the compiler does it. */
  consts = desc->doc ? Py_BuildValue("(s)", desc->doc) : PyTuple_Pack(1, Py_None);
  names = PyTuple_New(0);
  empty = PyTuple_New(0);
  varnames = varnames_tuple(desc);
  name = PyUnicode_InternFromString(desc->name ? desc->name : "<unknown>");
  qualname = PyUnicode_InternFromString(desc->qualname ? desc->qualname
                                                       : (desc->name ? desc->name : "<unknown>"));
  linetable = PyBytes_FromStringAndSize((const char *)desc->linetable,
                                        desc->linetable ? desc->linetable_len : 0);
  exctable = PyBytes_FromStringAndSize(NULL, 0);
  if (!code || !consts || !names || !empty || !varnames || !name || !qualname || !linetable ||
      !exctable)
    goto done;
  if (!filename) {
    filename = PyUnicode_FromString("<unknown>");
    if (!filename)
      goto done;
  } else {
    Py_INCREF(filename);
  }
  result = (PyObject *)PyCode_NewWithPosOnlyArgs(
      desc->argcount, desc->posonlyargcount, desc->kwonlyargcount, desc->nvarnames,
      /*stacksize=*/1, code_flags(desc), code, consts, names, varnames, /*freevars=*/empty,
      /*cellvars=*/empty, filename, name, qualname, desc->firstlineno, linetable, exctable);
  Py_DECREF(filename);
done:
  Py_XDECREF(code);
  Py_XDECREF(consts);
  Py_XDECREF(names);
  Py_XDECREF(empty);
  Py_XDECREF(varnames);
  Py_XDECREF(name);
  Py_XDECREF(qualname);
  Py_XDECREF(linetable);
  Py_XDECREF(exctable);
  return result;
}

void pylc_traceback_add(PyObject *code, PyObject *globals, int site) {
  /* Building the frame must not disturb the exception being propagated. */
  PyObject *type, *value, *tb;
  PyErr_Fetch(&type, &value, &tb);
  if (!code || !PyCode_Check(code) || !globals) {
    PyErr_Restore(type, value, tb);
    return;
  }
  PyCodeObject *co = (PyCodeObject *)code;
  /* Unoptimized code (module bodies) runs with locals == globals, as in the interpreter. */
  PyObject *locals = (co->co_flags & CO_OPTIMIZED) ? NULL : globals;
  PyFrameObject *frame = PyFrame_New(PyThreadState_Get(), co, globals, locals);
  if (!frame) {
    /* Losing one traceback entry is better than losing the exception. */
    PyErr_Clear();
    PyErr_Restore(type, value, tb);
    return;
  }
  Py_ssize_t units = Py_SIZE(co);
  if (site < 0 || site >= units)
    site = 0;
  frame->f_frame->prev_instr = _PyCode_CODE(co) + site;
  PyErr_Restore(type, value, tb);
  PyTraceBack_Here(frame);
  Py_DECREF(frame);
}
