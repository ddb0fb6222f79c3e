/* Code objects for compiled functions.
 *
 * Tracebacks, f_lineno and inspect must see compiled code exactly as the interpreter's
 * (file, line, function, source line and PEP 657 carets). So each function gets a real code
 * object whose co_code is the prologue CPython would emit followed by one NOP per raising
 * site, and whose location table maps site i to that site's source range; the compiled
 * frame's instruction pointer (runtime/frames.c) names the current site. */
#include "pylc_runtime.h"

#include <string.h>

enum {
  NOP_OPCODE = 9,
  MAKE_CELL_OPCODE = 135,
  EXTENDED_ARG_OPCODE = 144,
  COPY_FREE_VARS_OPCODE = 149,
  RESUME_OPCODE = 151,
};

static int kind_of(const pylc_funcdesc *desc, int i) {
  return desc->kinds ? desc->kinds[i] : PYLC_SLOT_LOCAL;
}

/* The names whose slot kind has any of `mask`, as a tuple of interned str (PyCode_New
 * merges a cell that is also a parameter into the parameter's slot). */
static PyObject *names_of_kind(const pylc_funcdesc *desc, int mask) {
  PyObject *t = PyTuple_New(0);
  for (int i = 0; t && i < desc->nvarnames; i++) {
    if (!(kind_of(desc, i) & mask))
      continue;
    PyObject *s = PyUnicode_InternFromString(desc->varnames[i]);
    if (!s || _PyTuple_Resize(&t, PyTuple_GET_SIZE(t) + 1) < 0) {
      Py_XDECREF(s);
      Py_XDECREF(t);
      return NULL;
    }
    PyTuple_SET_ITEM(t, PyTuple_GET_SIZE(t) - 1, s);
  }
  return t;
}

/* Appends one instruction, with EXTENDED_ARG prefixes for a large argument. */
static void put_instr(unsigned char *code, int *n, int opcode, int arg) {
  for (int shift = 24; shift > 0; shift -= 8)
    if (arg >> shift) {
      code[2 * *n] = EXTENDED_ARG_OPCODE;
      code[2 * *n + 1] = (unsigned char)((arg >> shift) & 0xff);
      ++*n;
    }
  code[2 * *n] = (unsigned char)opcode;
  code[2 * *n + 1] = (unsigned char)(arg & 0xff);
  ++*n;
}

/* The prologue CPython emits (MAKE_CELL for each cell, COPY_FREE_VARS, RESUME) then one
 * NOP per raising site. locals() relies on the MAKE_CELLs being there (it checks whether
 * they ran); the RESUME marks where the frame becomes complete. *prologue receives the
 * number of code units before the sites. */
static PyObject *bytecode(const pylc_funcdesc *desc, int *prologue) {
  int nfree = 0;
  size_t max = (size_t)desc->nvarnames * 4 + 8 + (size_t)desc->nsites;
  unsigned char *code = PyMem_Malloc(max * 2);
  if (!code)
    return PyErr_NoMemory();
  int n = 0;
  for (int i = 0; i < desc->nvarnames; i++) {
    if (kind_of(desc, i) & PYLC_SLOT_CELL)
      put_instr(code, &n, MAKE_CELL_OPCODE, i);
    nfree += (kind_of(desc, i) & PYLC_SLOT_FREE) != 0;
  }
  if (nfree)
    put_instr(code, &n, COPY_FREE_VARS_OPCODE, nfree);
  put_instr(code, &n, RESUME_OPCODE, 0);
  *prologue = n;
  for (int i = 0; i < desc->nsites; i++)
    put_instr(code, &n, NOP_OPCODE, 0);
  PyObject *b = PyBytes_FromStringAndSize((const char *)code, 2 * (Py_ssize_t)n);
  PyMem_Free(code);
  return b;
}

/* The prologue's units all show the `def` line (no columns), then the sites' table. */
static PyObject *full_linetable(const pylc_funcdesc *desc, int prologue) {
  Py_ssize_t len = desc->linetable ? desc->linetable_len : 0;
  PyObject *t = PyBytes_FromStringAndSize(NULL, 2 * prologue + len);
  if (!t)
    return NULL;
  unsigned char *p = (unsigned char *)PyBytes_AS_STRING(t);
  for (int i = 0; i < prologue; i++) {
    p[2 * i] = 0x80 | (13 << 3); /* one unit, line delta only */
    p[2 * i + 1] = 0;            /* delta 0 */
  }
  if (len)
    memcpy(p + 2 * prologue, desc->linetable, len);
  return t;
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
  if (desc->flags & PYLC_GENERATOR)
    flags |= CO_GENERATOR;
  if (desc->flags & PYLC_COROUTINE)
    flags |= CO_COROUTINE;
  if (desc->flags & PYLC_ASYNC_GENERATOR)
    flags |= CO_ASYNC_GENERATOR;
  if (desc->flags & PYLC_NESTED)
    flags |= CO_NESTED;
  return flags;
}

PyObject *pylc_code_new(const pylc_funcdesc *desc, PyObject *filename) {
  PyObject *code = NULL, *consts = NULL, *names = NULL, *varnames = NULL, *cellvars = NULL;
  PyObject *freevars = NULL, *name = NULL, *qualname = NULL, *linetable = NULL;
  PyObject *exctable = NULL, *result = NULL;

  int prologue = 0;
  code = bytecode(desc, &prologue);
  /* A function's first constant is its docstring, as the compiler does it. */
  consts = desc->doc ? Py_BuildValue("(s)", desc->doc) : PyTuple_Pack(1, Py_None);
  names = PyTuple_New(0);
  varnames = names_of_kind(desc, PYLC_SLOT_LOCAL);
  cellvars = names_of_kind(desc, PYLC_SLOT_CELL);
  freevars = names_of_kind(desc, PYLC_SLOT_FREE);
  name = PyUnicode_InternFromString(desc->name ? desc->name : "<unknown>");
  qualname = PyUnicode_InternFromString(desc->qualname ? desc->qualname
                                                       : (desc->name ? desc->name : "<unknown>"));
  linetable = code ? full_linetable(desc, prologue) : NULL;
  exctable = PyBytes_FromStringAndSize(NULL, 0);
  if (!code || !consts || !names || !varnames || !cellvars || !freevars || !name || !qualname ||
      !linetable || !exctable)
    goto done;
  if (!filename) {
    filename = PyUnicode_FromString("<unknown>");
    if (!filename)
      goto done;
  } else {
    Py_INCREF(filename);
  }
  result = (PyObject *)PyCode_NewWithPosOnlyArgs(
      desc->argcount, desc->posonlyargcount, desc->kwonlyargcount,
      (int)PyTuple_GET_SIZE(varnames), /*stacksize=*/1, code_flags(desc), code, consts, names,
      varnames, freevars, cellvars, filename, name, qualname, desc->firstlineno, linetable,
      exctable);
  Py_DECREF(filename);
done:
  Py_XDECREF(code);
  Py_XDECREF(consts);
  Py_XDECREF(names);
  Py_XDECREF(varnames);
  Py_XDECREF(cellvars);
  Py_XDECREF(freevars);
  Py_XDECREF(name);
  Py_XDECREF(qualname);
  Py_XDECREF(linetable);
  Py_XDECREF(exctable);
  return result;
}
