/* The builtins that read the calling frame (globals(), locals(), vars(), dir()), for
 * compiled code, which runs without an interpreter frame. */
#include "pylc_runtime.h"
#include "rt_internal.h"

static int is_builtin(PyObject *func, PyObject *globals, const char *name) {
  PyObject *builtins = pylc__builtins_of(globals);
  if (!builtins || !PyDict_Check(builtins))
    return 0;
  PyObject *b = PyDict_GetItemString(builtins, name);
  return b != NULL && b == func;
}

PyObject *pylc_call_scoped(PyObject *func, PyObject *globals, PyObject *locals) {
  if (is_builtin(func, globals, "globals")) {
    Py_INCREF(globals);
    return globals;
  }
  if (is_builtin(func, globals, "locals") || is_builtin(func, globals, "vars")) {
    Py_INCREF(locals);
    return locals;
  }
  if (is_builtin(func, globals, "dir")) {
    PyObject *keys = PyMapping_Keys(locals);
    if (keys && PyList_Sort(keys) < 0)
      Py_CLEAR(keys);
    return keys;
  }
  return PyObject_CallNoArgs(func);
}

PyObject *pylc_locals_dict(PyObject *const *names, PyObject *const *values, Py_ssize_t n) {
  PyObject *d = PyDict_New();
  if (!d)
    return NULL;
  for (Py_ssize_t i = 0; i < n; ++i)
    if (values[i] && PyDict_SetItem(d, names[i], values[i]) < 0) {
      Py_DECREF(d);
      return NULL;
    }
  return d;
}
