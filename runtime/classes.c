/* The `class` statement: CPython 3.11's builtins.__build_class__ (Python/bltinmodule.c),
 * with the class body a compiled function that runs with the namespace as its locals
 * mapping (pylc_call_body). Every check, message and the order in which they happen
 * are the builtin's. */
#include "rt_internal.h"

/* PEP 560 update_bases: every base that is not a type and has __mro_entries__ is
 * replaced by the entries it returns. A new reference to `bases` itself when nothing was
 * replaced. */
static PyObject *update_bases(PyObject *bases) {
  static PyObject *mro_entries_str;
  PyObject *mro_entries = pylc__interned(&mro_entries_str, "__mro_entries__");
  if (!mro_entries)
    return NULL;
  Py_ssize_t nargs = PyTuple_GET_SIZE(bases);
  PyObject *new_bases = NULL;
  for (Py_ssize_t i = 0; i < nargs; i++) {
    PyObject *base = PyTuple_GET_ITEM(bases, i);
    PyObject *meth = NULL;
    if (!PyType_Check(base) && _PyObject_LookupAttr(base, mro_entries, &meth) < 0)
      goto error;
    if (!meth) {
      /* Kept as it is; once something was replaced, the list collects the rest too. */
      if (new_bases && PyList_Append(new_bases, base) < 0)
        goto error;
      continue;
    }
    PyObject *new_base = PyObject_CallOneArg(meth, bases);
    Py_DECREF(meth);
    if (!new_base)
      goto error;
    if (!PyTuple_Check(new_base)) {
      PyErr_SetString(PyExc_TypeError, "__mro_entries__ must return a tuple");
      Py_DECREF(new_base);
      goto error;
    }
    if (!new_bases) {
      /* The first replacement: start from the bases before it. */
      new_bases = PyList_New(i);
      if (!new_bases) {
        Py_DECREF(new_base);
        goto error;
      }
      for (Py_ssize_t j = 0; j < i; j++)
        PyList_SET_ITEM(new_bases, j, Py_NewRef(PyTuple_GET_ITEM(bases, j)));
    }
    Py_ssize_t end = PyList_GET_SIZE(new_bases);
    int res = PyList_SetSlice(new_bases, end, end, new_base);
    Py_DECREF(new_base);
    if (res < 0)
      goto error;
  }
  if (!new_bases)
    return Py_NewRef(bases);
  PyObject *result = PyList_AsTuple(new_bases);
  Py_DECREF(new_bases);
  return result;
error:
  Py_XDECREF(new_bases);
  return NULL;
}

/* type.__new__ makes a plain function named __new__ a staticmethod and __init_subclass__
 * or __class_getitem__ a classmethod, but it recognises only interpreter functions
 * (PyFunction_Check): do the same for compiled functions before the metaclass sees them. */
static int wrap_implicit_methods(PyObject *ns) {
  static const char *const names[] = {"__new__", "__init_subclass__", "__class_getitem__"};
  for (int i = 0; i < 3; i++) {
    PyObject *key = PyUnicode_InternFromString(names[i]);
    if (!key)
      return -1;
    PyObject *f = PyObject_GetItem(ns, key);
    if (!f) {
      Py_DECREF(key);
      if (!PyErr_ExceptionMatches(PyExc_KeyError))
        return -1;
      PyErr_Clear();
      continue;
    }
    int r = 0;
    if (Py_IS_TYPE(f, &PylcFunction_Type)) {
      PyObject *w = i == 0 ? PyStaticMethod_New(f) : PyClassMethod_New(f);
      r = w ? PyObject_SetItem(ns, key, w) : -1;
      Py_XDECREF(w);
    }
    Py_DECREF(f);
    Py_DECREF(key);
    if (r < 0)
      return -1;
  }
  return 0;
}

PyObject *pylc_build_class(PyObject *body, PyObject *name, PyObject *const *args, size_t nargsf,
                           PyObject *kwnames) {
  static PyObject *metaclass_str, *prepare_str;
  PyObject *metaclass_name = pylc__interned(&metaclass_str, "metaclass");
  PyObject *prepare_name = pylc__interned(&prepare_str, "__prepare__");
  if (!metaclass_name || !prepare_name)
    return NULL;
  if (!PyObject_TypeCheck(body, &PylcFunction_Type)) {
    PyErr_SetString(PyExc_TypeError, "__build_class__: func must be a function");
    return NULL;
  }
  if (!PyUnicode_Check(name)) {
    PyErr_SetString(PyExc_TypeError, "__build_class__: name is not a string");
    return NULL;
  }
  Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
  PyObject *cls = NULL, *cell = NULL, *ns = NULL, *meta = NULL, *mkw = NULL, *bases = NULL;
  int isclass = 0;
  PyObject *orig_bases = PyTuple_New(nargs);
  if (!orig_bases)
    return NULL;
  for (Py_ssize_t i = 0; i < nargs; i++)
    PyTuple_SET_ITEM(orig_bases, i, Py_NewRef(args[i]));
  bases = update_bases(orig_bases);
  if (!bases)
    goto error;

  if (kwnames && PyTuple_GET_SIZE(kwnames) > 0) {
    mkw = _PyStack_AsDict(args + nargs, kwnames);
    if (!mkw)
      goto error;
    meta = Py_XNewRef(_PyDict_GetItemWithError(mkw, metaclass_name));
    if (meta) {
      if (PyDict_DelItem(mkw, metaclass_name) < 0)
        goto error;
      /* An explicit metaclass takes part in the calculation only if it is a class. */
      isclass = PyType_Check(meta);
    } else if (PyErr_Occurred()) {
      goto error;
    }
  }
  if (!meta) {
    /* type, or the type of the first base. */
    meta =
        Py_NewRef(PyTuple_GET_SIZE(bases) == 0 ? (PyObject *)&PyType_Type
                                               : (PyObject *)Py_TYPE(PyTuple_GET_ITEM(bases, 0)));
    isclass = 1;
  }
  if (isclass) {
    /* The most derived metaclass, or the metaclass conflict TypeError. */
    PyObject *winner = (PyObject *)_PyType_CalculateMetaclass((PyTypeObject *)meta, bases);
    if (!winner)
      goto error;
    Py_SETREF(meta, Py_NewRef(winner));
  }

  PyObject *prep;
  if (_PyObject_LookupAttr(meta, prepare_name, &prep) < 0)
    goto error;
  if (!prep) {
    ns = PyDict_New();
  } else {
    PyObject *pargs[2] = {name, bases};
    ns = PyObject_VectorcallDict(prep, pargs, 2, mkw);
    Py_DECREF(prep);
  }
  if (!ns)
    goto error;
  if (!PyMapping_Check(ns)) {
    PyErr_Format(PyExc_TypeError, "%.200s.__prepare__() must return a mapping, not %.200s",
                 isclass ? ((PyTypeObject *)meta)->tp_name : "<metaclass>", Py_TYPE(ns)->tp_name);
    goto error;
  }

  cell = pylc_call_body(body, ns);
  if (!cell || wrap_implicit_methods(ns) < 0)
    goto error;
  if (bases != orig_bases && PyMapping_SetItemString(ns, "__orig_bases__", orig_bases) < 0)
    goto error;
  PyObject *margs[3] = {name, bases, ns};
  cls = PyObject_VectorcallDict(meta, margs, 3, mkw);
  if (cls && PyType_Check(cls) && PyCell_Check(cell)) {
    /* type.__new__ fills the __class__ cell from ns["__classcell__"]; a metaclass that
     * drops it or builds another class would leave methods with a wrong __class__. */
    PyObject *cell_cls = PyCell_GET(cell);
    if (cell_cls != cls) {
      if (!cell_cls)
        PyErr_Format(PyExc_RuntimeError,
                     "__class__ not set defining %.200R as %.200R. "
                     "Was __classcell__ propagated to type.__new__?",
                     name, cls);
      else
        PyErr_Format(PyExc_TypeError, "__class__ set to %.200R defining %.200R as %.200R", cell_cls,
                     name, cls);
      Py_CLEAR(cls);
    }
  }
error:
  Py_XDECREF(cell);
  Py_XDECREF(ns);
  Py_XDECREF(meta);
  Py_XDECREF(mkw);
  Py_XDECREF(bases);
  Py_DECREF(orig_bases);
  return cls;
}

PyObject *pylc_build_class_ex(PyObject *args, PyObject *kwargs) {
  /* args = (body, name, *bases): the vectorcall form of the same call. */
  Py_ssize_t nargs = PyTuple_GET_SIZE(args);
  if (nargs < 2) {
    PyErr_SetString(PyExc_SystemError, "pylc_build_class_ex: missing body or name");
    return NULL;
  }
  Py_ssize_t nkw = kwargs ? PyDict_GET_SIZE(kwargs) : 0;
  Py_ssize_t n = nargs - 2 + nkw;
  PyObject **items = PyMem_Malloc(sizeof(PyObject *) * (size_t)(n ? n : 1));
  PyObject *kwnames = nkw ? PyTuple_New(nkw) : NULL;
  if (!items || (nkw && !kwnames)) {
    PyMem_Free(items);
    Py_XDECREF(kwnames);
    return PyErr_NoMemory();
  }
  for (Py_ssize_t i = 2; i < nargs; i++)
    items[i - 2] = PyTuple_GET_ITEM(args, i);
  Py_ssize_t pos = 0, k = 0;
  PyObject *key, *value;
  while (kwargs && PyDict_Next(kwargs, &pos, &key, &value)) {
    items[nargs - 2 + k] = value;
    PyTuple_SET_ITEM(kwnames, k, Py_NewRef(key));
    k++;
  }
  PyObject *cls = pylc_build_class(PyTuple_GET_ITEM(args, 0), PyTuple_GET_ITEM(args, 1), items,
                                   (size_t)(nargs - 2), kwnames);
  PyMem_Free(items);
  Py_XDECREF(kwnames);
  return cls;
}
