/* Module constants, created once at start-up from static descriptions. */
#include "pylc_runtime.h"

static PyObject *make_tuple(const pylc_constdesc *d, PyObject **made) {
  PyObject *t = PyTuple_New(d->len);
  if (!t)
    return NULL;
  for (Py_ssize_t i = 0; i < d->len; i++)
    PyTuple_SET_ITEM(t, i, Py_NewRef(made[d->items[i]]));
  return t;
}

/* CPython's compiler builds a constant frozenset from its items in source order
 * (PyFrozenSet_New of a tuple), and then, merging it into the code object's constants
 * (merge_consts_recursive in Python/compile.c), builds it once more from the first one's
 * iteration order. Iteration order depends on insertion order where hashes collide, so
 * both steps are needed for the same order. Hashes (of str) depend on this process's hash
 * seed, which is why this happens at run time. */
static PyObject *make_frozenset(const pylc_constdesc *d, PyObject **made) {
  PyObject *items = make_tuple(d, made);
  if (!items)
    return NULL;
  PyObject *first = PyFrozenSet_New(items);
  Py_DECREF(items);
  if (!first || PySet_GET_SIZE(first) == 0)
    return first;
  PyObject *reordered = PySequence_Tuple(first);
  Py_DECREF(first);
  if (!reordered)
    return NULL;
  PyObject *set = PyFrozenSet_New(reordered);
  Py_DECREF(reordered);
  return set;
}

static PyObject *make_const(const pylc_constdesc *d, PyObject **made) {
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
    /* The compiler writes ints in decimal, however the source spelled them, and big ones
     * in hexadecimal, whose conversion sys.int_max_str_digits does not limit. Base 0
     * reads both. */
    return PyLong_FromString(d->data, NULL, 0);
  case PYLC_CONST_FLOAT:
    return PyFloat_FromDouble(d->number);
  case PYLC_CONST_COMPLEX:
    return PyComplex_FromDoubles(d->real, d->number);
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
  case PYLC_CONST_TUPLE:
    return make_tuple(d, made);
  case PYLC_CONST_FROZENSET:
    return make_frozenset(d, made);
  default:
    PyErr_Format(PyExc_SystemError, "pylc: unknown constant kind %d", d->kind);
    return NULL;
  }
}

int pylc_init_consts(const pylc_constdesc *descs, int n, PyObject **out) {
  /* A module body that runs again (importlib.reload) keeps the constants it made. */
  if (n > 0 && out[0])
    return 0;
  for (int i = 0; i < n; i++) {
    out[i] = make_const(&descs[i], out);
    if (!out[i]) {
      for (int j = 0; j < i; j++)
        Py_CLEAR(out[j]);
      return -1;
    }
  }
  return 0;
}
