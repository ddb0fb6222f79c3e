/* Calls of C functions and of C method descriptors without
 * PyObject_Vectorcall's layers.
 *
 * CPython 3.11's specialising interpreter calls the common kinds of builtin
 * directly (PRECALL_NO_KW_LEN, PRECALL_BUILTIN_O, PRECALL_BUILTIN_FAST,
 * PRECALL_NO_KW_METHOD_DESCRIPTOR_O,
 * ..._NOARGS, ..._FAST in Python/ceval.c); compiled code does the same, with
 * the same guards (the exact flags, the exact type of `self`) and the same
 * recursion checks, so results and errors are the interpreter's. Anything else
 * goes through PyObject_Vectorcall. */
#define Py_BUILD_CORE 1
#include "rt_internal.h"

#include "internal/pycore_ceval.h"

/* The builtins' len: `len(x)` is PyObject_Length without a call
 * (PRECALL_NO_KW_LEN). */
static PyObject *builtin_len;

int pylc__init_native_calls(void) {
  PyObject *builtins = PyImport_ImportModule("builtins");
  if (!builtins)
    return -1;
  builtin_len = PyObject_GetAttrString(builtins, "len");
  Py_DECREF(builtins);
  return builtin_len ? 0 : -1;
}

static PyObject *call_len(PyObject *arg) {
  Py_ssize_t n = PyObject_Length(arg);
  return n < 0 ? NULL : PyLong_FromSsize_t(n);
}

static PyObject *call_o(PyCFunction f, PyObject *self, PyObject *arg) {
  if (_Py_EnterRecursiveCall(" while calling a Python object"))
    return NULL;
  PyObject *result = f(self, arg);
  _Py_LeaveRecursiveCall();
  return result;
}

/* A builtin function (`abs`, `isinstance`, a module's C function): NULL in
 * *done = not handled. */
static PyObject *call_cfunction(PyObject *callable, PyObject *const *args,
                                Py_ssize_t nargs, int *done) {
  *done = 1;
  if (callable == builtin_len && nargs == 1)
    return call_len(args[0]);
  PyCFunction f = PyCFunction_GET_FUNCTION(callable);
  PyObject *self = PyCFunction_GET_SELF(callable);
  switch (PyCFunction_GET_FLAGS(callable)) {
  case METH_O:
    if (nargs == 1)
      return call_o(f, self, args[0]);
    break;
  case METH_FASTCALL:
    return ((_PyCFunctionFast)(void (*)(void))f)(self, args, nargs);
  case METH_FASTCALL | METH_KEYWORDS:
    return ((_PyCFunctionFastWithKeywords)(void (*)(void))f)(self, args, nargs,
                                                             NULL);
  }
  *done = 0;
  return NULL;
}

/* An unbound method of a C type (`s.lower`, `d.get` loaded as a method),
 * args[0] = self. */
static PyObject *call_method_descriptor(PyObject *callable,
                                        PyObject *const *args, Py_ssize_t nargs,
                                        int *done) {
  PyMethodDescrObject *descr = (PyMethodDescrObject *)callable;
  *done = 0;
  if (nargs < 1 || !Py_IS_TYPE(args[0], descr->d_common.d_type))
    return NULL;
  PyCFunction f = descr->d_method->ml_meth;
  *done = 1;
  switch (descr->d_method->ml_flags) {
  case METH_NOARGS:
    if (nargs == 1)
      return call_o(f, args[0], NULL);
    break;
  case METH_O:
    if (nargs == 2)
      return call_o(f, args[0], args[1]);
    break;
  case METH_FASTCALL:
    return ((_PyCFunctionFast)(void (*)(void))f)(args[0], args + 1, nargs - 1);
  case METH_FASTCALL | METH_KEYWORDS:
    return ((_PyCFunctionFastWithKeywords)(void (*)(void))f)(args[0], args + 1,
                                                             nargs - 1, NULL);
  }
  *done = 0;
  return NULL;
}

PyObject *pylc__call_native(PyObject *callable, PyObject *const *args,
                            size_t nargsf) {
  Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
  PyObject *result = NULL;
  int done = 0;
  if (Py_IS_TYPE(callable, &PyCFunction_Type))
    result = call_cfunction(callable, args, nargs, &done);
  else if (Py_IS_TYPE(callable, &PyMethodDescr_Type))
    result = call_method_descriptor(callable, args, nargs, &done);
  return done ? result : PyObject_Vectorcall(callable, args, nargsf, NULL);
}
