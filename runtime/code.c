/* Code objects for compiled functions.
 *
 * Tracebacks, f_lineno and inspect must see compiled code exactly as the interpreter's
 * (file, line, function, source line and PEP 657 carets). So each function gets a real code
 * object whose co_code is the prologue CPython would emit followed by one NOP per raising
 * site, and whose location table maps site i to that site's source range; the compiled
 * frame's instruction pointer (runtime/frames.c) names the current site. After the sites
 * comes a trailer for the interpreter, should it ever run this code (exec(f.__code__), a
 * FunctionType made from it): it calls the compiled body with the arguments, globals and
 * closure of the interpreter's frame and returns what the body returns. */
#define Py_BUILD_CORE 1
#include "pylc_runtime.h"

#include "frame_internal.h"
#include "internal/pycore_pystate.h"
#include "rt_internal.h"

#include <string.h>

enum {
  CACHE_OPCODE = 0,
  PUSH_NULL_OPCODE = 2,
  NOP_OPCODE = 9,
  LOAD_CONST_OPCODE = 100,
  RETURN_VALUE_OPCODE = 83,
  PRECALL_OPCODE = 166,
  CALL_OPCODE = 171,
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
/* The trailer's builtin is the last constant, after the docstring and the nested code. */
enum { TRAILER_UNITS = 10 };

/* The compiled body a code object stands for; the implementation is known once a function
 * is made from the code (pylc__code_set_impl). */
typedef struct {
  const pylc_funcdesc *desc;
  pylc_impl impl;
} compiled_entry;

static const char entry_capsule[] = "pylc.compiled_entry";

static void entry_free(PyObject *capsule) {
  PyMem_Free(PyCapsule_GetPointer(capsule, entry_capsule));
}

static PyObject *run_compiled(PyObject *capsule, PyObject *unused);

static PyMethodDef entry_def = {"<compiled body>", run_compiled, METH_NOARGS, NULL};

/* The callable the trailer calls: a builtin bound to the entry. */
static PyObject *entry_new(const pylc_funcdesc *desc) {
  compiled_entry *e = PyMem_Malloc(sizeof *e);
  if (!e)
    return PyErr_NoMemory();
  e->desc = desc;
  e->impl = desc->impl;
  PyObject *capsule = PyCapsule_New(e, entry_capsule, entry_free);
  if (!capsule) {
    PyMem_Free(e);
    return NULL;
  }
  /* The context repeats the pointer: pylc__code_set_impl, called for every function object
   * made, reads it without PyCapsule_GetPointer's comparison of names. */
  PyCapsule_SetContext(capsule, e);
  PyObject *fn = PyCFunction_New(&entry_def, capsule);
  Py_DECREF(capsule);
  return fn;
}

/* The entry builtin of a compiled code object's trailer, or NULL for other code. */
static PyObject *entry_of(PyObject *code) {
  PyObject *consts = ((PyCodeObject *)code)->co_consts;
  if (!PyTuple_Check(consts) || PyTuple_GET_SIZE(consts) < 2)
    return NULL;
  PyObject *fn = PyTuple_GET_ITEM(consts, PyTuple_GET_SIZE(consts) - 1);
  if (!PyCFunction_Check(fn) || ((PyCFunctionObject *)fn)->m_ml != &entry_def)
    return NULL;
  return fn;
}

int pylc__code_same_body(PyObject *a, PyObject *b) {
  PyObject *entry = entry_of(a);
  return entry && entry == entry_of(b);
}

/* The entry of a compiled code object (the capsule's context: no comparison of names). */
static compiled_entry *entry_data(PyObject *code) {
  PyObject *fn = entry_of(code);
  return fn ? PyCapsule_GetContext(PyCFunction_GET_SELF(fn)) : NULL;
}

int pylc__code_body(PyObject *code, const pylc_funcdesc **desc, pylc_impl *impl) {
  compiled_entry *e = entry_data(code);
  if (!e || !e->impl)
    return 0;
  *desc = e->desc;
  *impl = e->impl;
  return 1;
}

void pylc__code_set_impl(PyObject *code, pylc_impl impl) {
  compiled_entry *e = entry_data(code);
  if (e && !e->impl)
    e->impl = impl;
}

/* The interpreter runs the code: its frame (the current one) has bound the arguments (and
 * made cells of those that are cells) and copied the closure's cells; the compiled body
 * gets them through a compiled function made with the frame's globals and that closure. */
static PyObject *run_compiled(PyObject *capsule, PyObject *unused) {
  compiled_entry *e = PyCapsule_GetPointer(capsule, entry_capsule);
  if (!e)
    return NULL;
  const pylc_funcdesc *desc = e->desc;
  _PyInterpreterFrame *frame = _PyThreadState_GET()->cframe->current_frame;
  if (!e->impl || !frame || !frame->f_code || !PyDict_Check(frame->f_globals)) {
    PyErr_Format(PyExc_RuntimeError, "compiled code of %s cannot be run by the interpreter",
                 desc->qualname ? desc->qualname : desc->name);
    return NULL;
  }
  PyCodeObject *co = frame->f_code;
  int unoptimized = !(co->co_flags & CO_OPTIMIZED);
  int nparams = unoptimized
                    ? 1
                    : desc->argcount + desc->kwonlyargcount + ((desc->flags & PYLC_VARARGS) != 0) +
                          ((desc->flags & PYLC_VARKEYWORDS) != 0);
  PyObject *closure = NULL;
  int nfree = 0;
  for (int i = 0; i < desc->nvarnames; i++)
    nfree += (kind_of(desc, i) & PYLC_SLOT_FREE) != 0;
  if (nfree) {
    closure = PyTuple_New(nfree);
    if (!closure)
      return NULL;
    for (int i = 0; i < nfree; i++)
      PyTuple_SET_ITEM(closure, i, Py_NewRef(frame->localsplus[co->co_nlocalsplus - nfree + i]));
  }
  PyObject *fn =
      pylc_function_new(desc, e->impl, (PyObject *)co, frame->f_globals, NULL, NULL, closure, NULL);
  Py_XDECREF(closure);
  if (!fn)
    return NULL;
  PyObject *small[8], **params = nparams <= 8 ? small : PyMem_Malloc(sizeof(PyObject *) * nparams);
  if (!params) {
    Py_DECREF(fn);
    return PyErr_NoMemory();
  }
  if (unoptimized) {
    params[0] = frame->f_locals;
  } else {
    for (int i = 0; i < nparams; i++) {
      PyObject *v = frame->localsplus[i];
      if (v && (kind_of(desc, i) & PYLC_SLOT_CELL) && PyCell_Check(v))
        v = PyCell_GET(v);
      params[i] = v ? v : Py_None;
    }
  }
  PyObject *result = e->impl(fn, params);
  if (params != small)
    PyMem_Free(params);
  Py_DECREF(fn);
  return result;
}

static PyObject *bytecode(const pylc_funcdesc *desc, int *prologue) {
  int nfree = 0;
  size_t max = (size_t)desc->nvarnames * 4 + 8 + (size_t)desc->nsites + TRAILER_UNITS;
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
  /* return <compiled body>(): the constant after the docstring. */
  put_instr(code, &n, PUSH_NULL_OPCODE, 0);
  put_instr(code, &n, LOAD_CONST_OPCODE, 1 + desc->nchildren);
  put_instr(code, &n, PRECALL_OPCODE, 0);
  put_instr(code, &n, CACHE_OPCODE, 0);
  put_instr(code, &n, CALL_OPCODE, 0);
  for (int i = 0; i < 4; i++)
    put_instr(code, &n, CACHE_OPCODE, 0);
  put_instr(code, &n, RETURN_VALUE_OPCODE, 0);
  PyObject *b = PyBytes_FromStringAndSize((const char *)code, 2 * (Py_ssize_t)n);
  PyMem_Free(code);
  return b;
}

/* The line the sites' table ends at (it holds only the entries linetable.c writes). */
static int last_line(const unsigned char *t, Py_ssize_t len, int line) {
  Py_ssize_t i = 0;
  while (i < len) {
    int code = (t[i++] >> 3) & 15;
    if (code != 13 && code != 14)
      continue;
    unsigned v = 0, shift = 0;
    while (i < len && (t[i] & 0x40)) {
      v |= (unsigned)(t[i++] & 63) << shift;
      shift += 6;
    }
    if (i < len)
      v |= (unsigned)(t[i++] & 63) << shift;
    line += (v & 1) ? -(int)(v >> 1) : (int)(v >> 1);
    if (code == 14)
      for (int k = 0; k < 3; k++) {
        while (i < len && (t[i] & 0x40))
          i++;
        i++;
      }
  }
  return line;
}

/* CPython's prologue positions: MAKE_CELL and COPY_FREE_VARS have none, the RESUME is
 * (firstlineno, firstlineno, 0, 0), a module's (0, 1, 0, 0). A generator's frame points at
 * its RESUME until it starts, where CPython's points at RETURN_GENERATOR, so its RESUME has
 * that position: (firstlineno, firstlineno, None, None). Then the sites' table (which starts
 * from the RESUME's line), then the trailer at the `def` line again. */
static PyObject *full_linetable(const pylc_funcdesc *desc, int prologue) {
  Py_ssize_t len = desc->linetable ? desc->linetable_len : 0;
  int module = (desc->flags & PYLC_MODULE_BODY) != 0;
  int resume_line = module ? 0 : desc->firstlineno;
  int back = desc->firstlineno - last_line(desc->linetable, len, resume_line);
  unsigned char trailer[16];
  Py_ssize_t tlen = 0;
  for (int units = TRAILER_UNITS; units > 0; units -= 8) {
    int k = units > 8 ? 8 : units;
    trailer[tlen++] = (unsigned char)(0x80 | (13 << 3) | (k - 1)); /* k units, line only */
    unsigned v = back < 0 ? ((unsigned)-back << 1) | 1 : (unsigned)back << 1;
    while (v >= 64) {
      trailer[tlen++] = (unsigned char)(0x40 | (v & 63));
      v >>= 6;
    }
    trailer[tlen++] = (unsigned char)v;
    back = 0;
  }
  /* The RESUME, long form: line delta (zigzag), end-line delta, column + 1, end column + 1;
   * or line only, delta 0. */
  int resumable = (desc->flags & (PYLC_GENERATOR | PYLC_COROUTINE | PYLC_ASYNC_GENERATOR)) != 0;
  const unsigned char long_resume[] = {0x80 | (14 << 3), module ? 3 : 0, module ? 1 : 0, 1, 1};
  const unsigned char line_resume[] = {0x80 | (13 << 3), 0};
  const unsigned char *resume = resumable ? line_resume : long_resume;
  size_t resume_len = resumable ? sizeof line_resume : sizeof long_resume;
  Py_ssize_t head = (prologue - 1) + (Py_ssize_t)resume_len;
  PyObject *t = PyBytes_FromStringAndSize(NULL, head + len + tlen);
  if (!t)
    return NULL;
  unsigned char *p = (unsigned char *)PyBytes_AS_STRING(t);
  memset(p, 0x80 | (15 << 3), prologue - 1); /* one unit each, no location */
  memcpy(p + prologue - 1, resume, resume_len);
  if (len)
    memcpy(p + head, desc->linetable, len);
  memcpy(p + head + len, trailer, tlen);
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

/* co_consts: the docstring (or None) first, as the compiler does it, the nested functions'
 * code, then the trailer's builtin. */
static PyObject *code_constants(const pylc_funcdesc *desc) {
  PyObject *consts = PyTuple_New(2 + desc->nchildren);
  if (!consts)
    return NULL;
  PyObject *doc = desc->doc ? PyUnicode_FromString(desc->doc) : Py_NewRef(Py_None);
  PyObject *entry = doc ? entry_new(desc) : NULL;
  if (!entry) {
    Py_XDECREF(doc);
    Py_DECREF(consts);
    return NULL;
  }
  PyTuple_SET_ITEM(consts, 0, doc);
  for (int i = 0; i < desc->nchildren; i++) {
    PyObject *child = *desc->children[i];
    PyTuple_SET_ITEM(consts, 1 + i, Py_NewRef(child ? child : Py_None));
  }
  PyTuple_SET_ITEM(consts, 1 + desc->nchildren, entry);
  return consts;
}

PyObject *pylc_code_new(const pylc_funcdesc *desc, PyObject *filename) {
  PyObject *code = NULL, *consts = NULL, *names = NULL, *varnames = NULL, *cellvars = NULL;
  PyObject *freevars = NULL, *name = NULL, *qualname = NULL, *linetable = NULL;
  PyObject *exctable = NULL, *result = NULL;

  int prologue = 0;
  code = bytecode(desc, &prologue);
  consts = code_constants(desc);
  names = PyTuple_New(desc->nnames);
  for (int i = 0; names && i < desc->nnames; i++) {
    PyObject *s = PyUnicode_InternFromString(desc->names[i]);
    if (!s) {
      Py_CLEAR(names);
      break;
    }
    PyTuple_SET_ITEM(names, i, s);
  }
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
      desc->argcount, desc->posonlyargcount, desc->kwonlyargcount, (int)PyTuple_GET_SIZE(varnames),
      /*stacksize=*/2, code_flags(desc), code, consts, names, varnames, freevars, cellvars,
      filename, name, qualname, desc->firstlineno, linetable, exctable);
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
