/* Calls with *args / **kwargs (CALL_FUNCTION_EX, DICT_MERGE and the argument checks of
 * CPython 3.11's ceval.c). */
#include "rt_internal.h"

PyObject *pylc_call_ex(PyObject *func, PyObject *args, PyObject *kwargs) {
  if (kwargs && !PyDict_Check(kwargs)) {
    PyErr_SetString(PyExc_SystemError, "pylc_call_ex: kwargs must be a dict");
    return NULL;
  }
  if (PyTuple_Check(args))
    return pylc__after_call(PyObject_Call(func, args, kwargs));
  PyObject *t = PySequence_Tuple(args);
  if (!t)
    return NULL;
  PyObject *result = PyObject_Call(func, t, kwargs);
  Py_DECREF(t);
  return pylc__after_call(result);
}

/* format_kwargs_error: _PyDict_MergeEx reports a non-mapping as AttributeError ('keys')
 * and a duplicate key as KeyError(key); both become the interpreter's TypeErrors. */
/* A class statement's keywords are merged for __build_class__ (func is None then). */
static PyObject *function_str(PyObject *func) {
  return func == Py_None ? PyUnicode_FromString("__build_class__()") : _PyObject_FunctionStr(func);
}

static void format_kwargs_error(PyObject *func, PyObject *kwargs) {
  if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
    PyErr_Clear();
    PyObject *funcstr = function_str(func);
    if (funcstr) {
      PyErr_Format(PyExc_TypeError, "%U argument after ** must be a mapping, not %.200s", funcstr,
                   Py_TYPE(kwargs)->tp_name);
      Py_DECREF(funcstr);
    }
  } else if (PyErr_ExceptionMatches(PyExc_KeyError)) {
    PyObject *exc, *val, *tb;
    PyErr_Fetch(&exc, &val, &tb);
    if (val && PyTuple_Check(val) && PyTuple_GET_SIZE(val) == 1) {
      PyObject *funcstr = function_str(func);
      if (funcstr) {
        PyErr_Format(PyExc_TypeError, "%U got multiple values for keyword argument '%S'", funcstr,
                     PyTuple_GET_ITEM(val, 0));
        Py_DECREF(funcstr);
      }
      Py_XDECREF(exc);
      Py_XDECREF(val);
      Py_XDECREF(tb);
    } else {
      PyErr_Restore(exc, val, tb);
    }
  }
}

int pylc_merge_kwargs(PyObject *kwargs, PyObject *mapping, PyObject *func) {
  if (_PyDict_MergeEx(kwargs, mapping, 2) == 0)
    return 0;
  format_kwargs_error(func, mapping);
  return -1;
}

/* check_args_iterable (ceval.c). */
static int check_args_iterable(PyObject *func, PyObject *iterable) {
  if (Py_TYPE(iterable)->tp_iter == NULL && !PySequence_Check(iterable)) {
    PyErr_Clear();
    PyObject *funcstr = _PyObject_FunctionStr(func);
    if (funcstr) {
      PyErr_Format(PyExc_TypeError, "%U argument after * must be an iterable, not %.200s", funcstr,
                   Py_TYPE(iterable)->tp_name);
      Py_DECREF(funcstr);
    }
    return -1;
  }
  return 0;
}

PyObject *pylc_call_args_tuple(PyObject *iterable, PyObject *func) {
  if (PyTuple_CheckExact(iterable))
    return Py_NewRef(iterable);
  if (check_args_iterable(func, iterable) < 0)
    return NULL;
  return PySequence_Tuple(iterable);
}
