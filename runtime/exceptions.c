/* raise, bare raise and assert (CPython 3.11's do_raise and LOAD_ASSERTION_ERROR). */
#include "pylc_runtime.h"

/* do_raise for `raise exc [from cause]`; exc and cause are stolen. */
static void do_raise(PyObject *exc, PyObject *cause) {
  PyObject *type = NULL, *value = NULL;
  if (PyExceptionClass_Check(exc)) {
    type = exc;
    value = PyObject_CallNoArgs(exc);
    if (!value)
      goto raise_error;
    if (!PyExceptionInstance_Check(value)) {
      PyErr_Format(PyExc_TypeError,
                   "calling %R should have returned an instance of BaseException, not %R", type,
                   Py_TYPE(value));
      goto raise_error;
    }
  } else if (PyExceptionInstance_Check(exc)) {
    value = exc;
    type = Py_NewRef(PyExceptionInstance_Class(exc));
  } else {
    Py_DECREF(exc);
    PyErr_SetString(PyExc_TypeError, "exceptions must derive from BaseException");
    goto raise_error;
  }
  if (cause) {
    PyObject *fixed_cause;
    if (PyExceptionClass_Check(cause)) {
      fixed_cause = PyObject_CallNoArgs(cause);
      if (!fixed_cause)
        goto raise_error;
      Py_DECREF(cause);
    } else if (PyExceptionInstance_Check(cause)) {
      fixed_cause = cause;
    } else if (cause == Py_None) {
      Py_DECREF(cause);
      fixed_cause = NULL;
    } else {
      PyErr_SetString(PyExc_TypeError, "exception causes must derive from BaseException");
      goto raise_error;
    }
    /* Steals fixed_cause and sets __suppress_context__. */
    PyException_SetCause(value, fixed_cause);
  }
  /* PyErr_SetObject chains the handled exception as __context__. */
  PyErr_SetObject(type, value);
  Py_DECREF(value);
  Py_DECREF(type);
  return;
raise_error:
  Py_XDECREF(value);
  Py_XDECREF(type);
  Py_XDECREF(cause);
}

void pylc_raise(PyObject *exc, PyObject *cause) {
  if (!exc) {
    pylc_reraise();
    return;
  }
  do_raise(Py_NewRef(exc), Py_XNewRef(cause));
}

/* The exception comes back with its own traceback; the interpreter adds no entry for the
 * re-raising frame here, so neither should compiled code. */
void pylc_reraise(void) {
  PyObject *value = PyErr_GetHandledException();
  if (!value) {
    PyErr_SetString(PyExc_RuntimeError, "No active exception to reraise");
    return;
  }
  PyObject *type = Py_NewRef(PyExceptionInstance_Class(value));
  PyObject *tb = PyException_GetTraceback(value);
  PyErr_Restore(type, value, tb);
}

void pylc_raise_assertion(PyObject *msg) {
  if (!msg) {
    do_raise(Py_NewRef(PyExc_AssertionError), NULL);
    return;
  }
  PyObject *exc = PyObject_CallOneArg(PyExc_AssertionError, msg);
  if (exc)
    do_raise(exc, NULL);
}
