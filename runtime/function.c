/* The compiled function type: a Python callable whose body is native code.
 *
 * Argument binding follows CPython 3.11's initialize_locals (Python/ceval.c) step by step,
 * so that every error, and the order in which errors are detected, is the interpreter's. */
#define Py_BUILD_CORE 1 /* _PyThreadState_GET, inline */
#include "function_object.h"
#include "rt_internal.h"

#include "internal/pycore_pystate.h"

#include "structmember.h"



/* Up to this many parameters are bound in a buffer on the C stack. */
enum { SMALL_PARAMS = 16 };

static PyObject *param_name(PylcFunctionObject *f, Py_ssize_t i) {
  return PyTuple_GET_ITEM(((PyCodeObject *)f->code)->co_localsplusnames, i);
}

/* ------------------------------------------------------------------ binding errors */

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'", then the whole message. */
static void format_missing(PylcFunctionObject *f, const char *kind, PyObject *names) {
  Py_ssize_t len = PyList_GET_SIZE(names);
  PyObject *name_str;
  if (len == 1) {
    name_str = Py_NewRef(PyList_GET_ITEM(names, 0));
  } else if (len == 2) {
    name_str =
        PyUnicode_FromFormat("%U and %U", PyList_GET_ITEM(names, 0), PyList_GET_ITEM(names, 1));
  } else {
    PyObject *tail = PyUnicode_FromFormat(", %U, and %U", PyList_GET_ITEM(names, len - 2),
                                          PyList_GET_ITEM(names, len - 1));
    if (!tail)
      return;
    if (PyList_SetSlice(names, len - 2, len, NULL) < 0) {
      Py_DECREF(tail);
      return;
    }
    PyObject *comma = PyUnicode_FromString(", ");
    PyObject *head = comma ? PyUnicode_Join(comma, names) : NULL;
    Py_XDECREF(comma);
    name_str = head ? PyUnicode_Concat(head, tail) : NULL;
    Py_XDECREF(head);
    Py_DECREF(tail);
  }
  if (!name_str)
    return;
  PyErr_Format(PyExc_TypeError, "%U() missing %i required %s argument%s: %U", f->qualname, (int)len,
               kind, len == 1 ? "" : "s", name_str);
  Py_DECREF(name_str);
}

/* defcount == -1 means keyword-only parameters are missing. */
static void missing_arguments(PylcFunctionObject *f, Py_ssize_t missing, Py_ssize_t defcount,
                              PyObject **locals) {
  int positional = defcount != -1;
  Py_ssize_t start = positional ? 0 : f->argcount;
  Py_ssize_t end = positional ? f->argcount - defcount : f->argcount + f->kwonlyargcount;
  PyObject *names = PyList_New(missing);
  if (!names)
    return;
  Py_ssize_t j = 0;
  for (Py_ssize_t i = start; i < end && j < missing; i++) {
    if (locals[i])
      continue;
    PyObject *repr = PyObject_Repr(param_name(f, i));
    if (!repr) {
      Py_DECREF(names);
      return;
    }
    PyList_SET_ITEM(names, j++, repr);
  }
  format_missing(f, positional ? "positional" : "keyword-only", names);
  Py_DECREF(names);
}

static void too_many_positional(PylcFunctionObject *f, Py_ssize_t given, PyObject **locals) {
  Py_ssize_t kwonly_given = 0;
  for (Py_ssize_t i = f->argcount; i < f->argcount + f->kwonlyargcount; i++)
    kwonly_given += locals[i] != NULL;
  Py_ssize_t defcount = f->defaults ? PyTuple_GET_SIZE(f->defaults) : 0;
  int plural;
  PyObject *sig;
  if (defcount) {
    plural = 1;
    sig = PyUnicode_FromFormat("from %zd to %zd", (Py_ssize_t)f->argcount - defcount,
                               (Py_ssize_t)f->argcount);
  } else {
    plural = f->argcount != 1;
    sig = PyUnicode_FromFormat("%zd", (Py_ssize_t)f->argcount);
  }
  if (!sig)
    return;
  PyObject *kwonly_sig;
  if (kwonly_given)
    kwonly_sig =
        PyUnicode_FromFormat(" positional argument%s (and %zd keyword-only argument%s)",
                             given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
  else
    kwonly_sig = PyUnicode_FromString("");
  if (kwonly_sig)
    PyErr_Format(PyExc_TypeError, "%U() takes %U positional argument%s but %zd%U %s given",
                 f->qualname, sig, plural ? "s" : "", given, kwonly_sig,
                 given == 1 && !kwonly_given ? "was" : "were");
  Py_DECREF(sig);
  Py_XDECREF(kwonly_sig);
}

/* Returns 1 with TypeError set when some keyword names a positional-only parameter. */
static int positional_only_passed_as_keyword(PylcFunctionObject *f, PyObject *kwnames) {
  Py_ssize_t kwcount = PyTuple_GET_SIZE(kwnames);
  PyObject *conflicts = PyList_New(0);
  if (!conflicts)
    return 1;
  for (int k = 0; k < f->posonlyargcount; k++) {
    PyObject *posonly_name = param_name(f, k);
    for (Py_ssize_t k2 = 0; k2 < kwcount; k2++) {
      PyObject *kwname = PyTuple_GET_ITEM(kwnames, k2);
      int cmp = kwname == posonly_name ? 1 : PyObject_RichCompareBool(posonly_name, kwname, Py_EQ);
      if (cmp < 0 || (cmp > 0 && PyList_Append(conflicts, kwname) < 0))
        goto fail;
    }
  }
  if (PyList_GET_SIZE(conflicts) == 0) {
    Py_DECREF(conflicts);
    return 0;
  }
  PyObject *comma = PyUnicode_FromString(", ");
  PyObject *names = comma ? PyUnicode_Join(comma, conflicts) : NULL;
  Py_XDECREF(comma);
  if (names) {
    PyErr_Format(PyExc_TypeError,
                 "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                 f->qualname, names);
    Py_DECREF(names);
  }
fail:
  Py_DECREF(conflicts);
  return 1;
}

/* ------------------------------------------------------------------ binding */

/* Index of the parameter `keyword` names among the keyword-capable ones, -1 when none,
 * -2 on error. Names are interned, so pointer equality almost always decides. */
static Py_ssize_t find_keyword(PylcFunctionObject *f, PyObject *keyword) {
  Py_ssize_t total = f->argcount + f->kwonlyargcount;
  for (Py_ssize_t j = f->posonlyargcount; j < total; j++)
    if (param_name(f, j) == keyword)
      return j;
  for (Py_ssize_t j = f->posonlyargcount; j < total; j++) {
    int cmp = PyObject_RichCompareBool(keyword, param_name(f, j), Py_EQ);
    if (cmp > 0)
      return j;
    if (cmp < 0)
      return -2;
  }
  return -1;
}

static int bind_keywords(PylcFunctionObject *f, PyObject **locals, PyObject *const *kwvalues,
                         PyObject *kwnames, PyObject *kwdict) {
  Py_ssize_t kwcount = PyTuple_GET_SIZE(kwnames);
  for (Py_ssize_t i = 0; i < kwcount; i++) {
    PyObject *keyword = PyTuple_GET_ITEM(kwnames, i);
    PyObject *value = kwvalues[i];
    if (!keyword || !PyUnicode_Check(keyword)) {
      PyErr_Format(PyExc_TypeError, "%U() keywords must be strings", f->qualname);
      return -1;
    }
    Py_ssize_t j = find_keyword(f, keyword);
    if (j == -2)
      return -1;
    if (j == -1) {
      if (!kwdict) {
        if (f->posonlyargcount && positional_only_passed_as_keyword(f, kwnames))
          return -1;
        PyErr_Format(PyExc_TypeError, "%U() got an unexpected keyword argument '%S'", f->qualname,
                     keyword);
        return -1;
      }
      if (PyDict_SetItem(kwdict, keyword, value) < 0)
        return -1;
      continue;
    }
    if (locals[j]) {
      PyErr_Format(PyExc_TypeError, "%U() got multiple values for argument '%S'", f->qualname,
                   keyword);
      return -1;
    }
    locals[j] = Py_NewRef(value);
  }
  return 0;
}

static int bind_defaults(PylcFunctionObject *f, PyObject **locals, Py_ssize_t argcount,
                         Py_ssize_t n) {
  if (argcount < f->argcount) {
    Py_ssize_t defcount = f->defaults ? PyTuple_GET_SIZE(f->defaults) : 0;
    Py_ssize_t m = f->argcount - defcount;
    Py_ssize_t missing = 0;
    for (Py_ssize_t i = argcount; i < m; i++)
      missing += locals[i] == NULL;
    if (missing) {
      missing_arguments(f, missing, defcount, locals);
      return -1;
    }
    for (Py_ssize_t i = n > m ? n - m : 0; i < defcount; i++)
      if (!locals[m + i])
        locals[m + i] = Py_NewRef(PyTuple_GET_ITEM(f->defaults, i));
  }
  if (f->kwonlyargcount > 0) {
    Py_ssize_t missing = 0;
    for (Py_ssize_t i = f->argcount; i < f->argcount + f->kwonlyargcount; i++) {
      if (locals[i])
        continue;
      if (f->kwdefaults) {
        PyObject *def = PyDict_GetItemWithError(f->kwdefaults, param_name(f, i));
        if (def) {
          locals[i] = Py_NewRef(def);
          continue;
        }
        if (PyErr_Occurred())
          return -1;
      }
      missing++;
    }
    if (missing) {
      missing_arguments(f, missing, -1, locals);
      return -1;
    }
  }
  return 0;
}

/* Fills locals[0..nparams) with new references; on error some may already be set (the
 * caller releases them). */
static int bind(PylcFunctionObject *f, PyObject **locals, PyObject *const *args,
                Py_ssize_t argcount, PyObject *kwnames) {
  Py_ssize_t total = f->argcount + f->kwonlyargcount;
  PyObject *kwdict = NULL;
  if (f->flags & PYLC_VARKEYWORDS) {
    kwdict = PyDict_New();
    if (!kwdict)
      return -1;
    locals[total + ((f->flags & PYLC_VARARGS) ? 1 : 0)] = kwdict;
  }
  Py_ssize_t n = argcount > f->argcount ? f->argcount : argcount;
  for (Py_ssize_t j = 0; j < n; j++)
    locals[j] = Py_NewRef(args[j]);
  if (f->flags & PYLC_VARARGS) {
    PyObject *rest = PyTuple_New(argcount - n);
    if (!rest)
      return -1;
    for (Py_ssize_t j = n; j < argcount; j++)
      PyTuple_SET_ITEM(rest, j - n, Py_NewRef(args[j]));
    locals[total] = rest;
  }
  if (kwnames && bind_keywords(f, locals, args + argcount, kwnames, kwdict) < 0)
    return -1;
  if (argcount > f->argcount && !(f->flags & PYLC_VARARGS)) {
    too_many_positional(f, argcount, locals);
    return -1;
  }
  return bind_defaults(f, locals, argcount, n);
}

/* The body's frame push does the recursion check. */
static PyObject *call_impl(PylcFunctionObject *f, PyObject *const *params) {
  return f->impl((PyObject *)f, params);
}

/* Whether a profile function wants c_call events: tested on every call of a builtin. */
static inline int profiling(void) {
  PyThreadState *tstate = _PyThreadState_GET();
  return tstate->cframe->use_tracing && tstate->c_profilefunc;
}

PyObject *pylc_call(PyObject *callable, PyObject *const *args, size_t nargsf,
                    PyObject *kwnames) {
  /* func_vectorcall's own fast path, without PyObject_Vectorcall's dispatch in between. */
  if (Py_TYPE(callable) == &PylcFunction_Type && !kwnames) {
    PylcFunctionObject *f = (PylcFunctionObject *)callable;
    if (f->simple && PyVectorcall_NARGS(nargsf) == f->argcount)
      return call_impl(f, args);
  }
  if (__builtin_expect(profiling(), 0))
    return pylc__after_call(pylc__profiled_call(callable, args, nargsf, kwnames));
  if (!kwnames)
    return pylc__after_call(pylc__call_native(callable, args, nargsf));
  return pylc__after_call(PyObject_Vectorcall(callable, args, nargsf, kwnames));
}

static PyObject *func_vectorcall(PyObject *self, PyObject *const *args, size_t nargsf,
                                 PyObject *kwnames) {
  PylcFunctionObject *f = (PylcFunctionObject *)self;
  Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
  if (kwnames && PyTuple_GET_SIZE(kwnames) == 0)
    kwnames = NULL;
  if (f->simple && !kwnames && nargs == f->argcount)
    return call_impl(f, args);

  PyObject *small[SMALL_PARAMS];
  PyObject **locals = small;
  if (f->nparams > SMALL_PARAMS) {
    locals = PyMem_Calloc((size_t)f->nparams, sizeof(PyObject *));
    if (!locals)
      return PyErr_NoMemory();
  } else {
    for (int i = 0; i < f->nparams; i++)
      small[i] = NULL;
  }
  PyObject *result = NULL;
  if (bind(f, locals, args, nargs, kwnames) == 0)
    result = call_impl(f, locals);
  for (int i = 0; i < f->nparams; i++)
    Py_XDECREF(locals[i]);
  if (locals != small)
    PyMem_Free(locals);
  return result;
}

/* ------------------------------------------------------------------ attributes */

static PyObject *get_defaults(PyObject *self, void *closure) {
  PylcFunctionObject *f = (PylcFunctionObject *)self;
  return Py_NewRef(f->defaults ? f->defaults : Py_None);
}

static int set_defaults(PyObject *self, PyObject *value, void *closure) {
  PylcFunctionObject *f = (PylcFunctionObject *)self;
  if (value == Py_None)
    value = NULL;
  if (value && !PyTuple_Check(value)) {
    PyErr_SetString(PyExc_TypeError, "__defaults__ must be set to a tuple object");
    return -1;
  }
  Py_XSETREF(f->defaults, Py_XNewRef(value));
  return 0;
}

static PyObject *get_kwdefaults(PyObject *self, void *closure) {
  PylcFunctionObject *f = (PylcFunctionObject *)self;
  return Py_NewRef(f->kwdefaults ? f->kwdefaults : Py_None);
}

static int set_kwdefaults(PyObject *self, PyObject *value, void *closure) {
  PylcFunctionObject *f = (PylcFunctionObject *)self;
  if (value == Py_None)
    value = NULL;
  if (value && !PyDict_Check(value)) {
    PyErr_SetString(PyExc_TypeError, "__kwdefaults__ must be set to a dict object");
    return -1;
  }
  Py_XSETREF(f->kwdefaults, Py_XNewRef(value));
  return 0;
}

static PyObject *get_name(PyObject *self, void *closure) {
  return Py_NewRef(((PylcFunctionObject *)self)->name);
}

static int set_name(PyObject *self, PyObject *value, void *closure) {
  if (!value || !PyUnicode_Check(value)) {
    PyErr_SetString(PyExc_TypeError, "__name__ must be set to a string object");
    return -1;
  }
  Py_SETREF(((PylcFunctionObject *)self)->name, Py_NewRef(value));
  return 0;
}

static PyObject *get_qualname(PyObject *self, void *closure) {
  return Py_NewRef(((PylcFunctionObject *)self)->qualname);
}

static int set_qualname(PyObject *self, PyObject *value, void *closure) {
  if (!value || !PyUnicode_Check(value)) {
    PyErr_SetString(PyExc_TypeError, "__qualname__ must be set to a string object");
    return -1;
  }
  Py_SETREF(((PylcFunctionObject *)self)->qualname, Py_NewRef(value));
  return 0;
}

static PyObject *get_annotations(PyObject *self, void *closure) {
  PylcFunctionObject *f = (PylcFunctionObject *)self;
  if (!f->annotations) {
    f->annotations = PyDict_New();
    if (!f->annotations)
      return NULL;
  }
  return Py_NewRef(f->annotations);
}

static int set_annotations(PyObject *self, PyObject *value, void *closure) {
  PylcFunctionObject *f = (PylcFunctionObject *)self;
  if (value == Py_None)
    value = NULL;
  if (value && !PyDict_Check(value)) {
    PyErr_SetString(PyExc_TypeError, "__annotations__ must be set to a dict object");
    return -1;
  }
  Py_XSETREF(f->annotations, Py_XNewRef(value));
  return 0;
}

static PyObject *get_closure(PyObject *self, void *closure) {
  PylcFunctionObject *f = (PylcFunctionObject *)self;
  return Py_NewRef(f->closure ? f->closure : Py_None);
}

static PyObject *get_builtins(PyObject *self, void *closure) {
  PylcFunctionObject *f = (PylcFunctionObject *)self;
  PyObject *b = f->globals ? _PyDict_GetItemStringWithError(f->globals, "__builtins__") : NULL;
  if (!b) {
    if (PyErr_Occurred())
      return NULL;
    return Py_NewRef(PyEval_GetBuiltins());
  }
  if (PyModule_Check(b))
    return Py_NewRef(PyModule_GetDict(b));
  return Py_NewRef(b);
}

/* The parameters the binding reads, from the body's descriptor. */
static int nparams_of(const pylc_funcdesc *desc);

static void set_signature(PylcFunctionObject *f, const pylc_funcdesc *desc) {
  f->argcount = desc->argcount;
  f->posonlyargcount = desc->posonlyargcount;
  f->kwonlyargcount = desc->kwonlyargcount;
  f->flags = desc->flags;
  f->nparams = nparams_of(desc);
  f->simple = !(desc->flags & (PYLC_VARARGS | PYLC_VARKEYWORDS)) && desc->kwonlyargcount == 0;
}

/* func_set_code. A code object of a compiled body is accepted: its own (what code.replace()
 * makes, as types.coroutine does to set CO_ITERABLE_COROUTINE; the new flags and names
 * take effect through the code object) or another compiled function's, whose native body
 * the function then runs. Code the interpreter compiled is refused: running it would
 * take the interpreter's function type. */
static int set_code(PyObject *self, PyObject *value, void *unused) {
  PylcFunctionObject *f = (PylcFunctionObject *)self;
  if (!value || !PyCode_Check(value)) {
    PyErr_SetString(PyExc_TypeError, "__code__ must be set to a code object");
    return -1;
  }
  if (PySys_Audit("object.__setattr__", "OsO", self, "__code__", value) < 0)
    return -1;
  Py_ssize_t nfree = ((PyCodeObject *)value)->co_nfreevars;
  Py_ssize_t nclosure = f->closure ? PyTuple_GET_SIZE(f->closure) : 0;
  if (nclosure != nfree) {
    PyErr_Format(PyExc_ValueError, "%U() requires a code object with %zd free vars, not %zd",
                 f->name, nclosure, nfree);
    return -1;
  }
  if (!pylc__code_same_body(f->code, value)) {
    const pylc_funcdesc *desc;
    pylc_impl impl;
    if (!pylc__code_body(value, &desc, &impl)) {
      PyErr_Format(PyExc_TypeError,
                   "%U() is compiled: its __code__ can only be the code of a compiled "
                   "function, not code the interpreter compiled",
                   f->name);
      return -1;
    }
    f->impl = impl;
    set_signature(f, desc);
  }
  Py_SETREF(f->code, Py_NewRef(value));
  return 0;
}

static PyObject *get_code(PyObject *self, void *unused) {
  return Py_NewRef(((PylcFunctionObject *)self)->code);
}

/* __class__ is the interpreter's function type while type() stays compiled_function, so
 * isinstance(f, types.FunctionType), inspect.isfunction and `f.__class__ is FunctionType`
 * checks (types.coroutine) accept compiled functions. */
static PyObject *get_class(PyObject *self, void *unused) {
  return Py_NewRef((PyObject *)&PyFunction_Type);
}

static PyGetSetDef func_getset[] = {
    {"__class__", get_class, NULL, NULL, NULL},
    {"__code__", get_code, set_code, NULL, NULL},
    {"__defaults__", get_defaults, set_defaults, NULL, NULL},
    {"__kwdefaults__", get_kwdefaults, set_kwdefaults, NULL, NULL},
    {"__name__", get_name, set_name, NULL, NULL},
    {"__qualname__", get_qualname, set_qualname, NULL, NULL},
    {"__annotations__", get_annotations, set_annotations, NULL, NULL},
    {"__closure__", get_closure, NULL, NULL, NULL},
    {"__builtins__", get_builtins, NULL, NULL, NULL},
    {"__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, NULL, NULL},
    {NULL},
};

static PyMemberDef func_members[] = {
    {"__globals__", T_OBJECT, offsetof(PylcFunctionObject, globals), READONLY, NULL},
    {"__doc__", T_OBJECT, offsetof(PylcFunctionObject, doc), 0, NULL},
    {"__module__", T_OBJECT, offsetof(PylcFunctionObject, module), 0, NULL},
    {NULL},
};

/* Pickle and copy treat a function as a global name, as they do for Python functions:
 * a str result from __reduce__ means exactly that. */
static PyObject *func_reduce(PyObject *self, PyObject *unused) {
  return Py_NewRef(((PylcFunctionObject *)self)->qualname);
}

static PyMethodDef func_methods[] = {
    {"__reduce__", func_reduce, METH_NOARGS, NULL},
    {NULL},
};

/* ------------------------------------------------------------------ type slots */

static PyObject *func_descr_get(PyObject *self, PyObject *obj, PyObject *type) {
  if (obj == Py_None || obj == NULL)
    return Py_NewRef(self);
  return PyMethod_New(self, obj);
}

static PyObject *func_repr(PyObject *self) {
  /* As the interpreter's functions print: code that formats functions into messages
   * (functools.singledispatch, for one) prints the same either way. The type's name is
   * what tells compiled functions apart. */
  return PyUnicode_FromFormat("<function %U at %p>", ((PylcFunctionObject *)self)->qualname,
                              self);
}

static int func_traverse(PyObject *self, visitproc visit, void *arg) {
  PylcFunctionObject *f = (PylcFunctionObject *)self;
  Py_VISIT(f->code);
  Py_VISIT(f->globals);
  Py_VISIT(f->builtins);
  Py_VISIT(f->closure);
  Py_VISIT(f->name);
  Py_VISIT(f->qualname);
  Py_VISIT(f->doc);
  Py_VISIT(f->module);
  Py_VISIT(f->defaults);
  Py_VISIT(f->kwdefaults);
  Py_VISIT(f->annotations);
  Py_VISIT(f->dict);
  return 0;
}

/* name, qualname and code stay: they are never part of a cycle that matters and the
 * repr and binding code rely on them being set. */
static int func_clear(PyObject *self) {
  PylcFunctionObject *f = (PylcFunctionObject *)self;
  Py_CLEAR(f->globals);
  Py_CLEAR(f->builtins);
  Py_CLEAR(f->closure);
  Py_CLEAR(f->doc);
  Py_CLEAR(f->module);
  Py_CLEAR(f->defaults);
  Py_CLEAR(f->kwdefaults);
  Py_CLEAR(f->annotations);
  Py_CLEAR(f->dict);
  return 0;
}

static void func_dealloc(PyObject *self) {
  PylcFunctionObject *f = (PylcFunctionObject *)self;
  PyObject_GC_UnTrack(self);
  if (f->weakreflist)
    PyObject_ClearWeakRefs(self);
  func_clear(self);
  Py_CLEAR(f->code);
  Py_CLEAR(f->name);
  Py_CLEAR(f->qualname);
  PyObject_GC_Del(self);
}

PyTypeObject PylcFunction_Type = {
    PyVarObject_HEAD_INIT(&PylcCompiledType_Type, 0).tp_name = "function",
    .tp_basicsize = sizeof(PylcFunctionObject),
    .tp_dealloc = func_dealloc,
    .tp_vectorcall_offset = offsetof(PylcFunctionObject, vectorcall),
    .tp_repr = func_repr,
    .tp_call = PyVectorcall_Call,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL |
                Py_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_doc = "A function compiled to native code by pylc.",
    .tp_traverse = func_traverse,
    .tp_clear = func_clear,
    .tp_weaklistoffset = offsetof(PylcFunctionObject, weakreflist),
    .tp_methods = func_methods,
    .tp_members = func_members,
    .tp_getset = func_getset,
    .tp_descr_get = func_descr_get,
    .tp_dictoffset = offsetof(PylcFunctionObject, dict),
};

/* ------------------------------------------------------------------ construction */

static int nparams_of(const pylc_funcdesc *desc) {
  return desc->argcount + desc->kwonlyargcount + ((desc->flags & PYLC_VARARGS) ? 1 : 0) +
         ((desc->flags & PYLC_VARKEYWORDS) ? 1 : 0);
}

/* A code object for functions created without one, named after the module's file. */
static PyObject *fallback_code(const pylc_funcdesc *desc, PyObject *globals) {
  PyObject *file = _PyDict_GetItemStringWithError(globals, "__file__");
  if (!file && PyErr_Occurred())
    return NULL;
  return pylc_code_new(desc, file && PyUnicode_Check(file) ? file : NULL);
}

/* _PyEval_BuiltinsFromGlobals: globals["__builtins__"] (a module's dict if it is a module),
 * else the current builtins. Borrowed. */
static PyObject *builtins_of(PyObject *globals) {
  static PyObject *key;
  PyObject *b = pylc__interned(&key, "__builtins__") ? PyDict_GetItemWithError(globals, key) : NULL;
  if (b)
    return PyModule_Check(b) ? PyModule_GetDict(b) : b;
  return PyErr_Occurred() ? NULL : PyEval_GetBuiltins();
}

PyObject *pylc_function_new(const pylc_funcdesc *desc, pylc_impl impl, PyObject *code,
                            PyObject *globals, PyObject *defaults, PyObject *kwdefaults,
                            PyObject *closure, PyObject *annotations) {
  if (!(PylcFunction_Type.tp_flags & Py_TPFLAGS_READY) && pylc__type_ready(&PylcFunction_Type) < 0)
    return NULL;
  if (!globals || !PyDict_Check(globals)) {
    PyErr_SetString(PyExc_SystemError, "pylc_function_new: globals must be a dict");
    return NULL;
  }
  code = code ? Py_NewRef(code) : fallback_code(desc, globals);
  if (!code)
    return NULL;
  if (!PyCode_Check(code) ||
      PyTuple_GET_SIZE(((PyCodeObject *)code)->co_localsplusnames) < nparams_of(desc)) {
    Py_DECREF(code);
    PyErr_SetString(PyExc_SystemError, "pylc_function_new: code does not match the function");
    return NULL;
  }
  PylcFunctionObject *f = PyObject_GC_New(PylcFunctionObject, &PylcFunction_Type);
  if (!f) {
    Py_DECREF(code);
    return NULL;
  }
  pylc__code_set_impl(code, impl);
  f->vectorcall = func_vectorcall;
  f->impl = impl;
  f->code = code;
  f->globals = Py_NewRef(globals);
  f->builtins = Py_XNewRef(builtins_of(globals));
  f->closure = closure && closure != Py_None && PyTuple_GET_SIZE(closure) ? Py_NewRef(closure) : NULL;
  /* Names and docstring come from the code object, as the interpreter's functions take
   * them (no new strings per function created). */
  PyCodeObject *co = (PyCodeObject *)code;
  f->name = Py_NewRef(co->co_name);
  f->qualname = Py_NewRef(co->co_qualname);
  f->doc = desc->doc && PyTuple_GET_SIZE(co->co_consts) > 0
               ? Py_NewRef(PyTuple_GET_ITEM(co->co_consts, 0))
               : Py_NewRef(Py_None);
  static PyObject *name_key;
  f->module = pylc__interned(&name_key, "__name__")
                  ? Py_XNewRef(PyDict_GetItemWithError(globals, name_key))
                  : NULL;
  f->defaults = defaults && defaults != Py_None && PyTuple_GET_SIZE(defaults) > 0
                    ? Py_NewRef(defaults)
                    : NULL;
  f->kwdefaults = kwdefaults && kwdefaults != Py_None ? Py_NewRef(kwdefaults) : NULL;
  f->annotations = Py_XNewRef(annotations);
  f->dict = NULL;
  f->weakreflist = NULL;
  set_signature(f, desc);
  PyObject_GC_Track(f);
  if (!f->name || !f->qualname || !f->doc || !f->builtins || PyErr_Occurred()) {
    Py_DECREF(f);
    return NULL;
  }
  return (PyObject *)f;
}

PyObject *pylc_call_body(PyObject *body, PyObject *locals) {
  if (!PyObject_TypeCheck(body, &PylcFunction_Type)) {
    PyErr_SetString(PyExc_SystemError, "pylc_call_body: not a compiled function");
    return NULL;
  }
  return call_impl((PylcFunctionObject *)body, &locals);
}
