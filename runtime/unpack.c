/* UNPACK_SEQUENCE and UNPACK_EX (CPython 3.11's unpack_iterable), returning the items in
 * a tuple rather than on a value stack. */
#include "pylc_runtime.h"

/* Exact tuples and lists of the right size skip the iterator, as the opcode does. */
static PyObject *unpack_fast(PyObject *seq, Py_ssize_t n) {
  if (PyTuple_CheckExact(seq) && PyTuple_GET_SIZE(seq) == n)
    return Py_NewRef(seq);
  if (PyList_CheckExact(seq) && PyList_GET_SIZE(seq) == n) {
    PyObject *t = PyTuple_New(n);
    if (!t)
      return NULL;
    for (Py_ssize_t i = 0; i < n; i++)
      PyTuple_SET_ITEM(t, i, Py_NewRef(PyList_GET_ITEM(seq, i)));
    return t;
  }
  return NULL;
}

/* after == -1: plain unpacking of `before` items. */
static PyObject *unpack_iterable(PyObject *v, Py_ssize_t before, Py_ssize_t after) {
  PyObject *it = PyObject_GetIter(v);
  if (!it) {
    if (PyErr_ExceptionMatches(PyExc_TypeError) && Py_TYPE(v)->tp_iter == NULL &&
        !PySequence_Check(v))
      PyErr_Format(PyExc_TypeError, "cannot unpack non-iterable %.200s object",
                   Py_TYPE(v)->tp_name);
    return NULL;
  }
  Py_ssize_t total = before + (after < 0 ? 0 : 1 + after);
  PyObject *result = PyTuple_New(total);
  if (!result)
    goto error;
  for (Py_ssize_t i = 0; i < before; i++) {
    PyObject *w = PyIter_Next(it);
    if (!w) {
      if (!PyErr_Occurred()) {
        if (after < 0)
          PyErr_Format(PyExc_ValueError, "not enough values to unpack (expected %d, got %d)",
                       (int)before, (int)i);
        else
          PyErr_Format(PyExc_ValueError,
                       "not enough values to unpack (expected at least %d, got %d)",
                       (int)(before + after), (int)i);
      }
      goto error;
    }
    PyTuple_SET_ITEM(result, i, w);
  }
  if (after < 0) {
    PyObject *w = PyIter_Next(it);
    if (!w) {
      if (PyErr_Occurred())
        goto error;
      Py_DECREF(it);
      return result;
    }
    Py_DECREF(w);
    PyErr_Format(PyExc_ValueError, "too many values to unpack (expected %d)", (int)before);
    goto error;
  }
  PyObject *rest = PySequence_List(it);
  if (!rest)
    goto error;
  PyTuple_SET_ITEM(result, before, rest);
  Py_ssize_t ll = PyList_GET_SIZE(rest);
  if (ll < after) {
    PyErr_Format(PyExc_ValueError, "not enough values to unpack (expected at least %d, got %zd)",
                 (int)(before + after), before + ll);
    goto error;
  }
  /* The trailing items move from the list into the tuple. */
  for (Py_ssize_t j = 0; j < after; j++)
    PyTuple_SET_ITEM(result, before + 1 + j, Py_NewRef(PyList_GET_ITEM(rest, ll - after + j)));
  if (PyList_SetSlice(rest, ll - after, ll, NULL) < 0)
    goto error;
  Py_DECREF(it);
  return result;
error:
  Py_XDECREF(result);
  Py_DECREF(it);
  return NULL;
}

PyObject *pylc_unpack(PyObject *seq, Py_ssize_t n) {
  PyObject *t = unpack_fast(seq, n);
  if (t || PyErr_Occurred())
    return t;
  return unpack_iterable(seq, n, -1);
}

PyObject *pylc_unpack_ex(PyObject *seq, Py_ssize_t before, Py_ssize_t after) {
  return unpack_iterable(seq, before, after);
}
