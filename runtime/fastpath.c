/* Fast paths for the operations compiled code performs most: arithmetic and
 * comparisons on exact ints that fit in one 30-bit digit and on exact floats,
 * list and tuple indexing, and cached global lookups. Anything else takes the
 * generic C-API path, so results, exceptions and messages are always CPython's
 * own. */
#include "pylc_runtime.h"
#include "rt_internal.h"

#include <math.h>

/* An exact int of |value| < 2**62 (at most three 30-bit digits, the top one
 * below 4), so sums and differences of two of them fit in a long. */
static inline int small_int(PyObject *o, long *out) {
  if (!PyLong_CheckExact(o))
    return 0;
  Py_ssize_t size = Py_SIZE(o);
  const digit *d = ((PyLongObject *)o)->ob_digit;
  long v;
  switch (size < 0 ? -size : size) {
  case 0:
    *out = 0;
    return 1;
  case 1:
    v = (long)d[0];
    break;
  case 2:
    v = (long)d[0] | ((long)d[1] << PyLong_SHIFT);
    break;
  case 3:
    if (d[2] >= 4)
      return 0;
    v = (long)d[0] | ((long)d[1] << PyLong_SHIFT) |
        ((long)d[2] << (2 * PyLong_SHIFT));
    break;
  default:
    return 0;
  }
  *out = size < 0 ? -v : v;
  return 1;
}

static inline int both_small(PyObject *a, PyObject *b, long *x, long *y) {
  return small_int(a, x) && small_int(b, y);
}

static inline int both_float(PyObject *a, PyObject *b) {
  return PyFloat_CheckExact(a) && PyFloat_CheckExact(b);
}

PyObject *pylc_add(PyObject *a, PyObject *b) {
  long x, y;
  if (both_small(a, b, &x, &y))
    return PyLong_FromLong(x + y);
  if (both_float(a, b))
    return PyFloat_FromDouble(PyFloat_AS_DOUBLE(a) + PyFloat_AS_DOUBLE(b));
  return PyNumber_Add(a, b);
}

PyObject *pylc_sub(PyObject *a, PyObject *b) {
  long x, y;
  if (both_small(a, b, &x, &y))
    return PyLong_FromLong(x - y);
  if (both_float(a, b))
    return PyFloat_FromDouble(PyFloat_AS_DOUBLE(a) - PyFloat_AS_DOUBLE(b));
  return PyNumber_Subtract(a, b);
}

PyObject *pylc_mul(PyObject *a, PyObject *b) {
  long x, y;
  long product;
  if (both_small(a, b, &x, &y) && !__builtin_mul_overflow(x, y, &product))
    return PyLong_FromLong(product);
  if (both_float(a, b))
    return PyFloat_FromDouble(PyFloat_AS_DOUBLE(a) * PyFloat_AS_DOUBLE(b));
  return PyNumber_Multiply(a, b);
}

PyObject *pylc_floordiv(PyObject *a, PyObject *b) {
  long x, y;
  if (both_small(a, b, &x, &y) && y != 0) {
    long q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0)))
      --q; /* Python rounds towards negative infinity */
    return PyLong_FromLong(q);
  }
  return PyNumber_FloorDivide(a, b);
}

PyObject *pylc_mod(PyObject *a, PyObject *b) {
  long x, y;
  if (both_small(a, b, &x, &y) && y != 0) {
    long r = x % y;
    if (r != 0 && ((r < 0) != (y < 0)))
      r += y; /* the result takes the divisor's sign */
    return PyLong_FromLong(r);
  }
  return PyNumber_Remainder(a, b);
}

PyObject *pylc_truediv(PyObject *a, PyObject *b) {
  if (both_float(a, b) && PyFloat_AS_DOUBLE(b) != 0.0)
    return PyFloat_FromDouble(PyFloat_AS_DOUBLE(a) / PyFloat_AS_DOUBLE(b));
  return PyNumber_TrueDivide(a, b);
}

#define PYLC_BITWISE(name, op, generic)                                        \
  PyObject *name(PyObject *a, PyObject *b) {                                   \
    long x, y;                                                                 \
    if (both_small(a, b, &x, &y))                                              \
      return PyLong_FromLong(                                                  \
          x op y); /* two's complement, as Python's infinite one */            \
    return generic(a, b);                                                      \
  }
PYLC_BITWISE(pylc_and, &, PyNumber_And)
PYLC_BITWISE(pylc_or, |, PyNumber_Or)
PYLC_BITWISE(pylc_xor, ^, PyNumber_Xor)

/* x >> y for 0 <= y: an arithmetic shift floors, as Python's does. */
PyObject *pylc_rshift(PyObject *a, PyObject *b) {
  long x, y;
  if (both_small(a, b, &x, &y) && y >= 0)
    return PyLong_FromLong(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
  return PyNumber_Rshift(a, b);
}

/* x << y while the result stays within a long. */
PyObject *pylc_lshift(PyObject *a, PyObject *b) {
  long x, y;
  if (both_small(a, b, &x, &y) && y >= 0 && y < 62) {
    long bound = 1L << (62 - y); /* |x| < 2**(62-y) keeps |x << y| < 2**62 */
    if (x < bound && x > -bound)
      return PyLong_FromLong((long)((unsigned long)x << y));
  }
  return PyNumber_Lshift(a, b);
}

static inline int compare_longs(long x, long y, int op) {
  switch (op) {
  case Py_LT:
    return x < y;
  case Py_LE:
    return x <= y;
  case Py_EQ:
    return x == y;
  case Py_NE:
    return x != y;
  case Py_GT:
    return x > y;
  default:
    return x >= y;
  }
}

static inline int compare_doubles(double x, double y, int op) {
  switch (op) {
  case Py_LT:
    return x < y;
  case Py_LE:
    return x <= y;
  case Py_EQ:
    return x == y;
  case Py_NE:
    return x != y;
  case Py_GT:
    return x > y;
  default:
    return x >= y;
  }
}

PyObject *pylc_richcompare(PyObject *a, PyObject *b, int op) {
  long x, y;
  if (both_small(a, b, &x, &y))
    return PyBool_FromLong(compare_longs(x, y, op));
  if (both_float(a, b))
    return PyBool_FromLong(
        compare_doubles(PyFloat_AS_DOUBLE(a), PyFloat_AS_DOUBLE(b), op));
  return PyObject_RichCompare(a, b, op);
}

int pylc_richcompare_bool(PyObject *a, PyObject *b, int op) {
  long x, y;
  if (both_small(a, b, &x, &y))
    return compare_longs(x, y, op);
  if (both_float(a, b))
    return compare_doubles(PyFloat_AS_DOUBLE(a), PyFloat_AS_DOUBLE(b), op);
  PyObject *r = PyObject_RichCompare(a, b, op);
  if (!r)
    return -1;
  int truth = pylc_is_true(r);
  Py_DECREF(r);
  return truth;
}

/* items[i] of an array of n (negative i counts from the end), or NULL when out
 * of range. */
static inline PyObject *indexed(PyObject **items, Py_ssize_t n, long i) {
  if (i < 0)
    i += n;
  return i >= 0 && i < n ? items[i] : NULL;
}

PyObject *pylc_getitem(PyObject *container, PyObject *key) {
  long i;
  PyObject *item = NULL;
  if (small_int(key, &i)) {
    if (PyList_CheckExact(container))
      item = indexed(((PyListObject *)container)->ob_item,
                     PyList_GET_SIZE(container), i);
    else if (PyTuple_CheckExact(container))
      item = indexed(((PyTupleObject *)container)->ob_item,
                     PyTuple_GET_SIZE(container), i);
    else if (PyUnicode_CheckExact(container) && PyUnicode_IS_READY(container)) {
      /* s[i]: one character; those below 256 are the interpreter's shared
       * singletons */
      Py_ssize_t n = PyUnicode_GET_LENGTH(container);
      if (i < 0)
        i += n;
      if (i >= 0 && i < n)
        return PyUnicode_FromOrdinal((int)PyUnicode_READ_CHAR(container, i));
    }
  }
  if (!item) /* out of range or another type: CPython's path and messages */
    return PyObject_GetItem(container, key);
  Py_INCREF(item);
  return item;
}

int pylc_setitem(PyObject *container, PyObject *key, PyObject *value) {
  long i;
  if (PyList_CheckExact(container) && small_int(key, &i)) {
    Py_ssize_t n = PyList_GET_SIZE(container);
    if (i < 0)
      i += n;
    if (i >= 0 && i < n) {
      PyObject *old = PyList_GET_ITEM(container, i);
      Py_INCREF(value);
      PyList_SET_ITEM(container, i, value);
      Py_DECREF(old);
      return 0;
    }
  }
  return PyObject_SetItem(container, key, value);
}

PyObject *pylc_load_global_cached(PyObject *globals, PyObject *name,
                                  pylc_global_cache *cache) {
  /* Valid while neither the module dict nor the builtins dict has changed since
   * the lookup (CPython 3.11 dicts carry a version tag bumped on every
   * mutation). */
  if (cache->value && PyDict_CheckExact(globals) &&
      ((PyDictObject *)globals)->ma_version_tag == cache->globals_version &&
      ((PyDictObject *)cache->builtins)->ma_version_tag ==
          cache->builtins_version) {
    Py_INCREF(cache->value);
    return cache->value;
  }
  PyObject *v = pylc_load_global(globals, name);
  if (!v || !PyDict_CheckExact(globals))
    return v;
  PyObject *builtins = pylc__frame_builtins(globals);
  if (!builtins || !PyDict_CheckExact(builtins)) {
    PyErr_Clear();
    cache->value = NULL;
    return v;
  }
  cache->globals_version = ((PyDictObject *)globals)->ma_version_tag;
  cache->builtins = builtins;
  cache->builtins_version = ((PyDictObject *)builtins)->ma_version_tag;
  cache->value = v; /* borrowed: the dict that holds it is unchanged while the
                       tags match */
  return v;
}

/* Augmented assignment: ints and floats are immutable, so `x += y` on them is
 * `x + y`; anything else keeps the in-place protocol (list += extends the
 * list). */
#define PYLC_INPLACE(name, fast, generic)                                      \
  PyObject *name(PyObject *a, PyObject *b) {                                   \
    if ((PyLong_CheckExact(a) && PyLong_CheckExact(b)) || both_float(a, b))    \
      return fast(a, b);                                                       \
    return generic(a, b);                                                      \
  }
PYLC_INPLACE(pylc_iadd, pylc_add, PyNumber_InPlaceAdd)
PYLC_INPLACE(pylc_isub, pylc_sub, PyNumber_InPlaceSubtract)
PYLC_INPLACE(pylc_imul, pylc_mul, PyNumber_InPlaceMultiply)
PYLC_INPLACE(pylc_ifloordiv, pylc_floordiv, PyNumber_InPlaceFloorDivide)
PYLC_INPLACE(pylc_imod, pylc_mod, PyNumber_InPlaceRemainder)
PYLC_INPLACE(pylc_itruediv, pylc_truediv, PyNumber_InPlaceTrueDivide)
PYLC_INPLACE(pylc_irshift, pylc_rshift, PyNumber_InPlaceRshift)
PYLC_INPLACE(pylc_ilshift, pylc_lshift, PyNumber_InPlaceLshift)

PyObject *pylc_method_load(PyObject *obj, PyObject *name, int *unbound) {
  PyObject *meth = NULL;
  *unbound = _PyObject_GetMethod(obj, name, &meth);
  return meth;
}

PyObject *pylc_call_method(PyObject *meth, int unbound, PyObject *self,
                           PyObject **args, size_t nargs, PyObject *kwnames) {
  if (unbound) {
    args[-1] = self;
    return pylc_call(meth, args - 1, nargs + 1, kwnames);
  }
  return pylc_call(meth, args, nargs | PY_VECTORCALL_ARGUMENTS_OFFSET, kwnames);
}
