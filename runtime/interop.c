/* Where CPython's C code accepts only its own function or generator objects, the runtime
 * adapts that method once, at start-up, so that it accepts compiled ones the same way. Each
 * replacement keeps the original method and passes every other call through unchanged.
 *
 * - BaseExceptionGroup.split/subgroup take a predicate only if PyFunction_Check: a compiled
 *   function is handed over as an interpreter function made from its code object, whose
 *   trailer calls the compiled body (runtime/code.c).
 * - frame.clear() on the frame of a suspended compiled generator finalises that generator
 *   as _PyGen_Finalize does (runtime/generator.c). */
#include "function_object.h"
#include "rt_internal.h"

#include "frameobject.h"

/* ------------------------------------------------------- ExceptionGroup.split/subgroup */

static PyObject *eg_split_orig, *eg_subgroup_orig;

/* types.FunctionType(f.__code__, f.__globals__, f.__name__, f.__defaults__, f.__closure__)
 * with f's qualname and keyword defaults. */
static PyObject *interpreter_function(PyObject *func) {
  PylcFunctionObject *f = (PylcFunctionObject *)func;
  PyObject *fn = PyFunction_NewWithQualName(f->code, f->globals, f->qualname);
  if (!fn)
    return NULL;
  if ((f->defaults && PyFunction_SetDefaults(fn, f->defaults) < 0) ||
      (f->kwdefaults && PyFunction_SetKwDefaults(fn, f->kwdefaults) < 0) ||
      (f->closure && PyFunction_SetClosure(fn, f->closure) < 0)) {
    Py_DECREF(fn);
    return NULL;
  }
  return fn;
}

static PyObject *call_with_matcher(PyObject *orig, PyObject *self, PyObject *matcher) {
  if (!Py_IS_TYPE(matcher, &PylcFunction_Type))
    return PyObject_CallFunctionObjArgs(orig, self, matcher, NULL);
  PyObject *fn = interpreter_function(matcher);
  if (!fn)
    return NULL;
  PyObject *res = PyObject_CallFunctionObjArgs(orig, self, fn, NULL);
  Py_DECREF(fn);
  return res;
}

static PyObject *eg_split(PyObject *self, PyObject *matcher) {
  return call_with_matcher(eg_split_orig, self, matcher);
}

static PyObject *eg_subgroup(PyObject *self, PyObject *matcher) {
  return call_with_matcher(eg_subgroup_orig, self, matcher);
}

static PyMethodDef eg_split_def = {"split", eg_split, METH_O, NULL};
static PyMethodDef eg_subgroup_def = {"subgroup", eg_subgroup, METH_O, NULL};

/* Replaces type.name by a method of `def` (taking the original's doc); *orig keeps it. */
static int replace_method(PyTypeObject *type, PyMethodDef *def, PyObject **orig) {
  PyObject *old = PyDict_GetItemString(type->tp_dict, def->ml_name);
  if (!old)
    return PyErr_Occurred() ? -1 : 0;
  if (!def->ml_doc && PyObject_TypeCheck(old, &PyMethodDescr_Type))
    def->ml_doc = ((PyMethodDescrObject *)old)->d_method->ml_doc;
  PyObject *descr = PyDescr_NewMethod(type, def);
  if (!descr)
    return -1;
  *orig = Py_NewRef(old);
  int rc = PyDict_SetItemString(type->tp_dict, def->ml_name, descr);
  Py_DECREF(descr);
  PyType_Modified(type);
  return rc;
}

/* ------------------------------------------------------------------ frame.clear() */

static PyObject *frame_clear_orig;

static PyObject *frame_clear(PyObject *self, PyObject *unused) {
  int rc = pylc__gen_frame_clear((PyFrameObject *)self);
  if (rc < 0)
    return NULL;
  if (rc > 0)
    Py_RETURN_NONE;
  return PyObject_CallOneArg(frame_clear_orig, self);
}

static PyMethodDef frame_clear_def = {"clear", frame_clear, METH_NOARGS, NULL};

int pylc__install_interop(void) {
  if (frame_clear_orig)
    return 0;
  pylc__init_pending();
  PyTypeObject *eg = (PyTypeObject *)PyExc_BaseExceptionGroup;
  if (replace_method(eg, &eg_split_def, &eg_split_orig) < 0 ||
      replace_method(eg, &eg_subgroup_def, &eg_subgroup_orig) < 0 ||
      replace_method(&PyFrame_Type, &frame_clear_def, &frame_clear_orig) < 0 ||
      pylc__init_native_calls() < 0)
    return -1;
  return 0;
}
