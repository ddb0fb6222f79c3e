/* Global, builtin and local name errors, as LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL and
 * the fast-local opcodes of CPython 3.11 do them. */
#include "rt_internal.h"

#define NAME_ERROR_MSG "name '%.200s' is not defined"
#define UNBOUNDLOCAL_ERROR_MSG                                                                     \
  "cannot access local variable '%s' where it is not associated with a value"
#define UNBOUNDFREE_ERROR_MSG                                                                      \
  "cannot access free variable '%s' where it is not associated with a value in enclosing scope"

void pylc__format_exc_check_arg(PyObject *exc, const char *format_str, PyObject *name) {
  const char *name_str = PyUnicode_AsUTF8(name);
  if (!name_str)
    return;
  PyErr_Format(exc, format_str, name_str);
  if (exc != PyExc_NameError)
    return;
  /* Only an exact NameError gets .name, as in ceval.c; UnboundLocalError does not. */
  PyObject *type, *value, *tb;
  PyErr_Fetch(&type, &value, &tb);
  PyErr_NormalizeException(&type, &value, &tb);
  if (value && PyErr_GivenExceptionMatches(value, PyExc_NameError)) {
    PyObject *old = PyObject_GetAttrString(value, "name");
    if (old == Py_None && PyObject_SetAttrString(value, "name", name) < 0)
      PyErr_Clear();
    if (!old)
      PyErr_Clear();
    Py_XDECREF(old);
  }
  PyErr_Restore(type, value, tb);
}

PyObject *pylc__builtins_of(PyObject *globals) {
  PyObject *builtins = _PyDict_GetItemStringWithError(globals, "__builtins__");
  if (builtins) {
    if (PyModule_Check(builtins))
      builtins = PyModule_GetDict(builtins);
    return builtins;
  }
  if (PyErr_Occurred())
    return NULL;
  return PyEval_GetBuiltins();
}

/* Looks `name` up in a namespace that may not be an exact dict: a new reference, NULL
 * without an exception when missing, NULL with an exception on error. */
static PyObject *lookup(PyObject *ns, PyObject *name) {
  if (PyDict_CheckExact(ns))
    return Py_XNewRef(PyDict_GetItemWithError(ns, name));
  PyObject *v = PyObject_GetItem(ns, name);
  if (!v && PyErr_ExceptionMatches(PyExc_KeyError))
    PyErr_Clear();
  return v;
}

PyObject *pylc_load_global(PyObject *globals, PyObject *name) {
  PyObject *v = lookup(globals, name);
  if (v || PyErr_Occurred())
    return v;
  PyObject *builtins = pylc__frame_builtins(globals);
  if (!builtins)
    return NULL;
  v = lookup(builtins, name);
  if (!v && !PyErr_Occurred())
    pylc__format_exc_check_arg(PyExc_NameError, NAME_ERROR_MSG, name);
  return v;
}

int pylc_store_global(PyObject *globals, PyObject *name, PyObject *value) {
  return PyDict_SetItem(globals, name, value);
}

int pylc_delete_global(PyObject *globals, PyObject *name) {
  if (PyDict_DelItem(globals, name) == 0)
    return 0;
  if (PyErr_ExceptionMatches(PyExc_KeyError)) {
    PyErr_Clear();
    pylc__format_exc_check_arg(PyExc_NameError, NAME_ERROR_MSG, name);
  }
  return -1;
}

PyObject *pylc_raise_unbound_local(PyObject *name) {
  pylc__format_exc_check_arg(PyExc_UnboundLocalError, UNBOUNDLOCAL_ERROR_MSG, name);
  return NULL;
}

PyObject *pylc_raise_unbound_free(PyObject *name) {
  pylc__format_exc_check_arg(PyExc_NameError, UNBOUNDFREE_ERROR_MSG, name);
  return NULL;
}

/* LOAD_NAME: locals, then globals, then builtins. */
PyObject *pylc_load_name(PyObject *locals, PyObject *globals, PyObject *name) {
  if (!locals) {
    PyErr_Format(PyExc_SystemError, "no locals when loading %R", name);
    return NULL;
  }
  PyObject *v = lookup(locals, name);
  if (v || PyErr_Occurred())
    return v;
  return pylc_load_global(globals, name);
}

int pylc_store_name(PyObject *locals, PyObject *name, PyObject *value) {
  if (!locals) {
    PyErr_Format(PyExc_SystemError, "no locals found when storing %R", name);
    return -1;
  }
  if (PyDict_CheckExact(locals))
    return PyDict_SetItem(locals, name, value);
  return PyObject_SetItem(locals, name, value);
}

/* DELETE_NAME: its NameError is raised whatever the mapping raised. */
int pylc_delete_name(PyObject *locals, PyObject *name) {
  if (!locals) {
    PyErr_Format(PyExc_SystemError, "no locals when deleting %R", name);
    return -1;
  }
  if (PyObject_DelItem(locals, name) == 0)
    return 0;
  pylc__format_exc_check_arg(PyExc_NameError, NAME_ERROR_MSG, name);
  return -1;
}

PyObject *pylc_load_classderef(PyObject *locals, PyObject *cell, PyObject *name) {
  PyObject *v = locals ? lookup(locals, name) : NULL;
  if (v || PyErr_Occurred())
    return v;
  v = PyCell_GET(cell);
  if (!v)
    return pylc_raise_unbound_free(name);
  return Py_NewRef(v);
}

int pylc_setup_annotations(PyObject *locals) {
  if (!locals) {
    PyErr_SetString(PyExc_SystemError, "no locals found when setting up annotations");
    return -1;
  }
  PyObject *name = PyUnicode_InternFromString("__annotations__");
  if (!name)
    return -1;
  PyObject *v = lookup(locals, name);
  int r = 0;
  if (v) {
    Py_DECREF(v);
  } else if (!PyErr_Occurred()) {
    PyObject *d = PyDict_New();
    r = d ? pylc_store_name(locals, name, d) : -1;
    Py_XDECREF(d);
  } else {
    r = -1;
  }
  Py_DECREF(name);
  return r;
}
