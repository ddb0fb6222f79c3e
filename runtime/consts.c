/* Module constants, created once at start-up from static descriptions. */
#include "pylc_runtime.h"

static PyObject *make_const(const pylc_constdesc *d) {
  switch (d->kind) {
  case PYLC_CONST_NONE:
    return Py_NewRef(Py_None);
  case PYLC_CONST_TRUE:
    return Py_NewRef(Py_True);
  case PYLC_CONST_FALSE:
    return Py_NewRef(Py_False);
  case PYLC_CONST_ELLIPSIS:
    return Py_NewRef(Py_Ellipsis);
  case PYLC_CONST_INT:
    /* Literals are written in decimal by the compiler, however the source spelled them. */
    return PyLong_FromString(d->data, NULL, 10);
  case PYLC_CONST_FLOAT:
    return PyFloat_FromDouble(d->number);
  case PYLC_CONST_COMPLEX:
    return PyComplex_FromDoubles(0.0, d->number);
  case PYLC_CONST_STR: {
    /* surrogatepass: a literal like "\ud800" is a lone surrogate, which the compiler can
     * only write as (invalid) UTF-8. */
    PyObject *s = PyUnicode_DecodeUTF8(d->data, d->len, "surrogatepass");
    if (s)
      PyUnicode_InternInPlace(&s);
    return s;
  }
  case PYLC_CONST_BYTES:
    return PyBytes_FromStringAndSize(d->data, d->len);
  default:
    PyErr_Format(PyExc_SystemError, "pylc: unknown constant kind %d", d->kind);
    return NULL;
  }
}

int pylc_init_consts(const pylc_constdesc *descs, int n, PyObject **out) {
  for (int i = 0; i < n; i++) {
    out[i] = make_const(&descs[i]);
    if (!out[i]) {
      for (int j = 0; j < i; j++)
        Py_CLEAR(out[j]);
      return -1;
    }
  }
  return 0;
}
