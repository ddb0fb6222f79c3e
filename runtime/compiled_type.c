/* compiled_type: the metatype of the runtime's object types (compiled_function,
 * compiled_generator, compiled_coroutine, ...).
 *
 * Their tp_name is the interpreter's name for the same kind of object ("function",
 * "generator", "coroutine", ...): CPython's C code names an object's type by tp_name in
 * its messages ("'generator' object is not subscriptable", "'function' object has no
 * attribute 'x'"), and a compiled program must print what the interpreter prints. Their
 * __name__, __qualname__ and repr, which only this metatype computes, say
 * "compiled_<name>", so that a program can still tell from type() that it was compiled.
 * The metatype itself is pylc.compiled_type: not a builtin, so `help(type)` lists no
 * built-in subclass of type, as under the interpreter. */
#include "rt_internal.h"

#include <string.h>

/* "compiled_" + the last dotted part of tp_name. */
static PyObject *compiled_name(PyObject *type) {
  const char *name = ((PyTypeObject *)type)->tp_name;
  const char *dot = strrchr(name, '.');
  return PyUnicode_FromFormat("compiled_%s", dot ? dot + 1 : name);
}

static PyObject *get_name(PyObject *type, void *unused) { return compiled_name(type); }

static PyObject *meta_repr(PyObject *type) {
  PyObject *name = compiled_name(type);
  if (!name)
    return NULL;
  PyObject *r = PyUnicode_FromFormat("<class '%U'>", name);
  Py_DECREF(name);
  return r;
}

static PyGetSetDef meta_getset[] = {
    {"__name__", get_name, NULL, NULL, NULL},
    {"__qualname__", get_name, NULL, NULL, NULL},
    {NULL},
};

PyTypeObject PylcCompiledType_Type = {
    PyVarObject_HEAD_INIT(&PyType_Type, 0).tp_name = "pylc.compiled_type",
    .tp_repr = meta_repr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "The type of pylc's compiled object types.",
    .tp_getset = meta_getset,
    .tp_base = &PyType_Type,
};

int pylc__type_ready(PyTypeObject *type) {
  if (type->tp_flags & Py_TPFLAGS_READY)
    return 0;
  if (!(PylcCompiledType_Type.tp_flags & Py_TPFLAGS_READY) &&
      PyType_Ready(&PylcCompiledType_Type) < 0)
    return -1;
  return PyType_Ready(type);
}
