/* Truth, membership and iteration as the interpreter's opcodes do them. */
#include "pylc_runtime.h"

int pylc_is_true(PyObject *v) {
  if (v == Py_True)
    return 1;
  if (v == Py_False || v == Py_None)
    return 0;
  return PyObject_IsTrue(v);
}

/* CONTAINS_OP. */
PyObject *pylc_contains(PyObject *container, PyObject *item, int negate) {
  int res = PySequence_Contains(container, item);
  if (res < 0)
    return NULL;
  return Py_NewRef((res ^ (negate != 0)) ? Py_True : Py_False);
}

/* FOR_ITER: exhaustion, including a StopIteration raised by tp_iternext, is not an error. */
PyObject *pylc_iter_next(PyObject *it) {
  iternextfunc next = Py_TYPE(it)->tp_iternext;
  if (!next) {
    PyErr_Format(PyExc_TypeError, "'%.200s' object is not an iterator", Py_TYPE(it)->tp_name);
    return NULL;
  }
  PyObject *v = next(it);
  if (!v && PyErr_Occurred()) {
    if (!PyErr_ExceptionMatches(PyExc_StopIteration))
      return NULL;
    PyErr_Clear();
  }
  return v;
}
