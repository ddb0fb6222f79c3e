/* f-strings: FORMAT_VALUE and BUILD_STRING. */
#include "pylc_runtime.h"

PyObject *pylc_format(PyObject *value, int conversion, PyObject *spec) {
  PyObject *converted;
  switch (conversion) {
  case 's':
    converted = PyObject_Str(value);
    break;
  case 'r':
    converted = PyObject_Repr(value);
    break;
  case 'a':
    converted = PyObject_ASCII(value);
    break;
  case -1:
    converted = Py_NewRef(value);
    break;
  default:
    PyErr_SetString(PyExc_SystemError, "unexpected conversion flag in f-string");
    return NULL;
  }
  if (!converted)
    return NULL;
  /* An exact str without a spec formats to itself; format() is skipped, as in ceval. */
  if (PyUnicode_CheckExact(converted) && spec == NULL)
    return converted;
  PyObject *result = PyObject_Format(converted, spec);
  Py_DECREF(converted);
  return result;
}

PyObject *pylc_build_string(PyObject *const *parts, Py_ssize_t n) {
  PyObject *empty = PyUnicode_New(0, 0);
  if (!empty)
    return NULL;
  PyObject *s = _PyUnicode_JoinArray(empty, parts, n);
  Py_DECREF(empty);
  return s;
}
