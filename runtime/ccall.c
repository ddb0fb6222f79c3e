/* The conversions of a `ccall` (a @pylc.cfunc function's direct C call): each argument
 * becomes the machine value its C type wants, or raises the error the `pylc` package's
 * interpreter path raises for it too (python/pylc/__init__.py mirrors these messages); the
 * result is boxed as ctypes boxes it. Pointer and integer widths are the target's, since the
 * runtime is built per target. */
#include "function_object.h"
#include "rt_internal.h"

#include <stdint.h>

static const char *const kind_names[] = {"int", "float", "bool", "bytes", "int or None"};

static int wrong_type(PyObject *v, int kind, const char *what) {
  PyErr_Format(PyExc_TypeError, "%s must be %s, not %.200s", what, kind_names[kind],
               Py_TYPE(v)->tp_name);
  return -1;
}

int pylc_cconv(PyObject *v, int kind, const char *what, void *out) {
  switch (kind) {
  case PYLC_CTYPE_INT: {
    if (!PyLong_Check(v) && !(Py_TYPE(v)->tp_as_number && Py_TYPE(v)->tp_as_number->nb_index))
      return wrong_type(v, kind, what);
    /* An int is read as it is; anything else through __index__. */
    PyObject *i = PyLong_Check(v) ? Py_NewRef(v) : PyNumber_Index(v);
    if (!i)
      return -1;
    int overflow = 0;
    long long x = PyLong_AsLongLongAndOverflow(i, &overflow);
    Py_DECREF(i);
    if (overflow) {
      PyErr_Format(PyExc_OverflowError, "%s does not fit in a C long long", what);
      return -1;
    }
    if (x == -1 && PyErr_Occurred())
      return -1;
    *(long long *)out = x;
    return 0;
  }
  case PYLC_CTYPE_FLOAT: {
    PyNumberMethods *nb = Py_TYPE(v)->tp_as_number;
    if (!PyFloat_Check(v) && !(nb && (nb->nb_float || nb->nb_index)))
      return wrong_type(v, kind, what);
    double d = PyFloat_AsDouble(v);
    if (d == -1.0 && PyErr_Occurred())
      return -1;
    *(double *)out = d;
    return 0;
  }
  case PYLC_CTYPE_BOOL: {
    int t = PyObject_IsTrue(v);
    if (t < 0)
      return -1;
    *(unsigned char *)out = (unsigned char)t;
    return 0;
  }
  case PYLC_CTYPE_BYTES:
    if (v == Py_None) {
      *(const char **)out = NULL;
      return 0;
    }
    if (!PyBytes_Check(v))
      return wrong_type(v, kind, what);
    *(const char **)out = PyBytes_AS_STRING(v);
    return 0;
  case PYLC_CTYPE_PTR: {
    if (v == Py_None) {
      *(void **)out = NULL;
      return 0;
    }
    if (!PyLong_Check(v))
      return wrong_type(v, kind, what);
    /* Any value of the pointer's width, signed or unsigned, as ctypes.c_void_p takes. */
    int overflow = 0;
    long long s = PyLong_AsLongLongAndOverflow(v, &overflow);
    if (s == -1 && PyErr_Occurred())
      return -1;
    uintptr_t p;
    if (!overflow && s >= INTPTR_MIN && s <= (long long)INTPTR_MAX) {
      p = (uintptr_t)(intptr_t)s;
    } else {
      unsigned long long u = overflow > 0 ? PyLong_AsUnsignedLongLong(v) : (unsigned long long)-1;
      if (overflow < 0 || (u == (unsigned long long)-1 && PyErr_Occurred()) ||
          u > (unsigned long long)UINTPTR_MAX) {
        PyErr_Clear();
        PyErr_Format(PyExc_OverflowError, "%s does not fit in a C pointer", what);
        return -1;
      }
      p = (uintptr_t)u;
    }
    *(void **)out = (void *)p;
    return 0;
  }
  }
  PyErr_Format(PyExc_SystemError, "%s: unknown C type %d", what, kind);
  return -1;
}

PyObject *pylc_cbox(int kind, const void *value) {
  switch (kind) {
  case PYLC_CTYPE_INT:
    return PyLong_FromLongLong(*(const long long *)value);
  case PYLC_CTYPE_FLOAT:
    return PyFloat_FromDouble(*(const double *)value);
  case PYLC_CTYPE_BOOL:
    return PyBool_FromLong(*(const unsigned char *)value);
  case PYLC_CTYPE_BYTES: {
    const char *s = *(const char *const *)value;
    return s ? PyBytes_FromString(s) : Py_NewRef(Py_None);
  }
  case PYLC_CTYPE_PTR: {
    void *p = *(void *const *)value;
    return p ? PyLong_FromVoidPtr(p) : Py_NewRef(Py_None);
  }
  case PYLC_CTYPE_VOID:
    return Py_NewRef(Py_None);
  }
  PyErr_Format(PyExc_SystemError, "unknown C result type %d", kind);
  return NULL;
}

int pylc_is_compiled_impl(PyObject *f, pylc_impl impl) {
  return Py_IS_TYPE(f, &PylcFunction_Type) && ((PylcFunctionObject *)f)->impl == impl;
}
