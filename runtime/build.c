/* Displays: BUILD_TUPLE/LIST/SET/MAP/SLICE and the star forms LIST_EXTEND, SET_UPDATE,
 * DICT_UPDATE and LIST_TO_TUPLE. */
#include "pylc_runtime.h"

static void release(PyObject **items, Py_ssize_t from, Py_ssize_t n) {
  for (Py_ssize_t i = from; i < n; i++)
    Py_XDECREF(items[i]);
}

PyObject *pylc_build_tuple(PyObject **items, Py_ssize_t n) {
  PyObject *t = PyTuple_New(n);
  if (!t) {
    release(items, 0, n);
    return NULL;
  }
  for (Py_ssize_t i = 0; i < n; i++)
    PyTuple_SET_ITEM(t, i, items[i]);
  return t;
}

PyObject *pylc_build_list(PyObject **items, Py_ssize_t n) {
  PyObject *l = PyList_New(n);
  if (!l) {
    release(items, 0, n);
    return NULL;
  }
  for (Py_ssize_t i = 0; i < n; i++)
    PyList_SET_ITEM(l, i, items[i]);
  return l;
}

/* Items are added left to right, so {1, 1.0} keeps 1, as in the interpreter. */
PyObject *pylc_build_set(PyObject **items, Py_ssize_t n) {
  PyObject *s = PySet_New(NULL);
  int err = s == NULL;
  for (Py_ssize_t i = 0; i < n; i++) {
    if (!err)
      err = PySet_Add(s, items[i]) < 0;
    Py_DECREF(items[i]);
  }
  if (err) {
    Py_XDECREF(s);
    return NULL;
  }
  return s;
}

PyObject *pylc_build_dict(PyObject **keys, PyObject **values, Py_ssize_t n) {
  PyObject *d = _PyDict_NewPresized(n);
  int err = d == NULL;
  for (Py_ssize_t i = 0; i < n; i++) {
    if (!err)
      err = PyDict_SetItem(d, keys[i], values[i]) < 0;
    Py_DECREF(keys[i]);
    Py_DECREF(values[i]);
  }
  if (err) {
    Py_XDECREF(d);
    return NULL;
  }
  return d;
}

PyObject *pylc_build_slice(PyObject *lower, PyObject *upper, PyObject *step) {
  return PySlice_New(lower, upper, step);
}

int pylc_list_extend(PyObject *list, PyObject *iterable) {
  PyObject *none = _PyList_Extend((PyListObject *)list, iterable);
  if (none) {
    Py_DECREF(none);
    return 0;
  }
  if (PyErr_ExceptionMatches(PyExc_TypeError) && Py_TYPE(iterable)->tp_iter == NULL &&
      !PySequence_Check(iterable)) {
    PyErr_Clear();
    PyErr_Format(PyExc_TypeError, "Value after * must be an iterable, not %.200s",
                 Py_TYPE(iterable)->tp_name);
  }
  return -1;
}

int pylc_set_update(PyObject *set, PyObject *iterable) { return _PySet_Update(set, iterable); }

int pylc_dict_update(PyObject *dict, PyObject *mapping) {
  if (PyDict_Update(dict, mapping) == 0)
    return 0;
  if (PyErr_ExceptionMatches(PyExc_AttributeError))
    PyErr_Format(PyExc_TypeError, "'%.200s' object is not a mapping", Py_TYPE(mapping)->tp_name);
  return -1;
}

PyObject *pylc_list_to_tuple(PyObject *list) { return PyList_AsTuple(list); }
