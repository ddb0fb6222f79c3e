/* The `pylc` module of a compiled program: what a program that declares C functions with
 * @pylc.cfunc imports. Lowering compiles those declarations into direct calls, so the
 * decorator is never called there; `ptr` is the annotation of a pointer parameter. The same
 * names exist in the pure-Python package python/pylc, which runs them under the interpreter
 * through ctypes. The program's main() registers this module as a built-in (PyInit_pylc)
 * only when the program imports it. */
#include "rt_internal.h"

static PyObject *cfunc(PyObject *self, PyObject *args, PyObject *kwargs) {
  PyErr_SetString(PyExc_RuntimeError,
                  "pylc.cfunc is compiled, not called, in a compiled program: use it as the "
                  "decorator of a module-level def of a module pylc compiles");
  return NULL;
}

static PyMethodDef methods[] = {
    {"cfunc", (PyCFunction)(void (*)(void))cfunc, METH_VARARGS | METH_KEYWORDS,
     "cfunc(source, *, name=None): declares the C function `name` (default: the def's name) "
     "of `source`."},
    {NULL, NULL, 0, NULL}};

static int exec_pylc(PyObject *m) {
  /* ptr: an int subclass, as in the Python package. */
  PyObject *bases = PyTuple_Pack(1, (PyObject *)&PyLong_Type);
  PyObject *dict = bases ? Py_BuildValue("{s:s,s:s}", "__module__", "pylc", "__doc__",
                                         "A C pointer (void *), as an int.")
                         : NULL;
  PyObject *ptr =
      dict ? PyObject_CallFunction((PyObject *)&PyType_Type, "sOO", "ptr", bases, dict) : NULL;
  Py_XDECREF(bases);
  Py_XDECREF(dict);
  if (!ptr || PyModule_AddObject(m, "ptr", ptr) < 0) {
    Py_XDECREF(ptr);
    return -1;
  }
  return PyModule_AddObjectRef(m, "compiled", Py_True);
}

static PyModuleDef_Slot slots[] = {{Py_mod_exec, exec_pylc}, {0, NULL}};

static struct PyModuleDef pylc_def = {PyModuleDef_HEAD_INIT,
                                      "pylc",
                                      "pylc's declarations of C functions (compiled program).",
                                      0,
                                      methods,
                                      slots};

PyObject *PyInit_pylc(void) { return PyModuleDef_Init(&pylc_def); }
