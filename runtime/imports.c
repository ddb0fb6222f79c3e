/* IMPORT_NAME, IMPORT_FROM and IMPORT_STAR (import_name, import_from and import_all_from
 * in CPython 3.11's ceval.c). */
#include "rt_internal.h"

PyObject *pylc_import_name(PyObject *globals, PyObject *name, PyObject *fromlist, int level) {
  PyObject *builtins = pylc__builtins_of(globals);
  if (!builtins)
    return NULL;
  PyObject *import_func = PyDict_Check(builtins)
                              ? Py_XNewRef(_PyDict_GetItemStringWithError(builtins, "__import__"))
                              : PyMapping_GetItemString(builtins, "__import__");
  if (!import_func) {
    if (!PyErr_Occurred() || PyErr_ExceptionMatches(PyExc_KeyError)) {
      PyErr_Clear();
      PyErr_SetString(PyExc_ImportError, "__import__ not found");
    }
    return NULL;
  }
  PyObject *level_obj = PyLong_FromLong(level);
  if (!level_obj) {
    Py_DECREF(import_func);
    return NULL;
  }
  /* Calling __import__ always (even the builtin one) lets user replacements see the call
   * exactly as the interpreter makes it. Compiled functions have no locals dict. */
  PyObject *args[5] = {name, globals, Py_None, fromlist ? fromlist : Py_None, level_obj};
  PyObject *res = PyObject_Vectorcall(import_func, args, 5, NULL);
  Py_DECREF(level_obj);
  Py_DECREF(import_func);
  return res;
}

/* _PyModuleSpec_IsInitializing, which is not public API: spec._initializing, errors
 * ignored. */
static int spec_is_initializing(PyObject *spec) {
  if (spec) {
    PyObject *value = PyObject_GetAttrString(spec, "_initializing");
    if (value) {
      int initializing = PyObject_IsTrue(value);
      Py_DECREF(value);
      if (initializing >= 0)
        return initializing;
    }
  }
  PyErr_Clear();
  return 0;
}

static PyObject *import_error(PyObject *module, PyObject *name, PyObject *pkgname) {
  PyObject *pkgpath = PyModule_GetFilenameObject(module);
  PyObject *shown = pkgname ? Py_NewRef(pkgname) : PyUnicode_FromString("<unknown module name>");
  if (!shown) {
    Py_XDECREF(pkgpath);
    return NULL;
  }
  PyObject *msg;
  if (!pkgpath || !PyUnicode_Check(pkgpath)) {
    PyErr_Clear();
    msg = PyUnicode_FromFormat("cannot import name %R from %R (unknown location)", name, shown);
    PyErr_SetImportError(msg, pkgname, NULL);
  } else {
    PyObject *spec = PyObject_GetAttrString(module, "__spec__");
    const char *fmt = spec_is_initializing(spec)
                          ? "cannot import name %R from partially initialized module %R "
                            "(most likely due to a circular import) (%S)"
                          : "cannot import name %R from %R (%S)";
    Py_XDECREF(spec);
    msg = PyUnicode_FromFormat(fmt, name, shown, pkgpath);
    PyErr_SetImportError(msg, pkgname, pkgpath);
  }
  Py_XDECREF(msg);
  Py_DECREF(shown);
  Py_XDECREF(pkgpath);
  return NULL;
}

PyObject *pylc_import_from(PyObject *module, PyObject *name) {
  PyObject *x;
  if (_PyObject_LookupAttr(module, name, &x) != 0)
    return x;
  /* A circular relative import may have put the submodule in sys.modules before binding
   * it as an attribute of the package. */
  PyObject *pkgname = PyObject_GetAttrString(module, "__name__");
  if (!pkgname || !PyUnicode_Check(pkgname)) {
    Py_CLEAR(pkgname);
    return import_error(module, name, NULL);
  }
  PyObject *fullname = PyUnicode_FromFormat("%U.%U", pkgname, name);
  if (!fullname) {
    Py_DECREF(pkgname);
    return NULL;
  }
  x = PyImport_GetModule(fullname);
  Py_DECREF(fullname);
  if (!x && !PyErr_Occurred())
    import_error(module, name, pkgname);
  Py_DECREF(pkgname);
  return x;
}

/* _PyObject_LookupAttr with a C string: 1 found, 0 missing (AttributeError cleared),
 * -1 on other errors. */
static int lookup_attr(PyObject *obj, const char *name, PyObject **out) {
  PyObject *key = PyUnicode_InternFromString(name);
  if (!key) {
    *out = NULL;
    return -1;
  }
  int r = _PyObject_LookupAttr(obj, key, out);
  Py_DECREF(key);
  return r;
}

/* The name error of import_all_from for an entry that is not a str. */
static void bad_name_error(PyObject *module, PyObject *name, int from_dict) {
  PyObject *modname = PyObject_GetAttrString(module, "__name__");
  if (!modname)
    return;
  if (!PyUnicode_Check(modname))
    PyErr_Format(PyExc_TypeError, "module __name__ must be a string, not %.100s",
                 Py_TYPE(modname)->tp_name);
  else
    PyErr_Format(PyExc_TypeError, "%s in %U.%s must be str, not %.100s", from_dict ? "Key" : "Item",
                 modname, from_dict ? "__dict__" : "__all__", Py_TYPE(name)->tp_name);
  Py_DECREF(modname);
}

/* The names `from module import *` binds: __all__, or the public keys of __dict__. */
static PyObject *star_names(PyObject *module, int *from_dict) {
  PyObject *all, *dict;
  *from_dict = 0;
  if (lookup_attr(module, "__all__", &all) < 0)
    return NULL;
  if (all)
    return all;
  if (lookup_attr(module, "__dict__", &dict) < 0)
    return NULL;
  if (!dict) {
    PyErr_SetString(PyExc_ImportError, "from-import-* object has no __dict__ and no __all__");
    return NULL;
  }
  all = PyMapping_Keys(dict);
  Py_DECREF(dict);
  *from_dict = 1;
  return all;
}

int pylc_import_star(PyObject *globals, PyObject *module) {
  int from_dict;
  PyObject *all = star_names(module, &from_dict);
  if (!all)
    return -1;
  int err = 0;
  for (Py_ssize_t pos = 0;; pos++) {
    PyObject *name = PySequence_GetItem(all, pos);
    if (!name) {
      if (PyErr_ExceptionMatches(PyExc_IndexError))
        PyErr_Clear();
      else
        err = -1;
      break;
    }
    if (!PyUnicode_Check(name)) {
      bad_name_error(module, name, from_dict);
      Py_DECREF(name);
      err = -1;
      break;
    }
    if (from_dict && PyUnicode_GET_LENGTH(name) > 0 && PyUnicode_READ_CHAR(name, 0) == '_') {
      Py_DECREF(name);
      continue;
    }
    PyObject *value = PyObject_GetAttr(module, name);
    if (!value)
      err = -1;
    else if (PyDict_CheckExact(globals))
      err = PyDict_SetItem(globals, name, value);
    else
      err = PyObject_SetItem(globals, name, value);
    Py_DECREF(name);
    Py_XDECREF(value);
    if (err)
      break;
  }
  Py_DECREF(all);
  return err;
}
