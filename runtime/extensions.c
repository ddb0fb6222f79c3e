/* The finder and loader of the extension modules linked into a program (C files that define
 * PyInit_<name>): they import as built-in modules do. CPython 3.11's BuiltinImporter only
 * serves names of sys.builtin_module_names, which is fixed when the interpreter starts, and
 * `pylc run` registers its modules after that; so these get a finder of their own, placed
 * right after BuiltinImporter, that creates each module as _imp.create_builtin does
 * (single-phase init: the module PyInit returns; multi-phase: PyModule_FromDefAndSpec, then
 * PyModule_ExecDef in exec_module). */
#include "rt_internal.h"

static const pylc_builtin_entry *builtins_table;
static int builtins_count;

typedef struct {
  PyObject_HEAD
} BuiltinFinder;

static const pylc_builtin_entry *builtin_for(PyObject *name) {
  const char *s = PyUnicode_Check(name) ? PyUnicode_AsUTF8(name) : NULL;
  if (!s) {
    PyErr_Clear();
    return NULL;
  }
  for (int i = 0; i < builtins_count; i++)
    if (strcmp(builtins_table[i].name, s) == 0)
      return &builtins_table[i];
  return NULL;
}

static PyObject *module_spec_type(void) {
  PyObject *m = PyImport_ImportModule("_frozen_importlib");
  PyObject *t = m ? PyObject_GetAttrString(m, "ModuleSpec") : NULL;
  Py_XDECREF(m);
  return t;
}

/* find_spec(fullname, path=None, target=None): a spec with origin 'built-in', as
 * BuiltinImporter gives; only top-level names (a built-in module is never a submodule). */
static PyObject *bfinder_find_spec(PyObject *self, PyObject *args, PyObject *kwargs) {
  static char *kwlist[] = {"fullname", "path", "target", NULL};
  PyObject *name, *path = Py_None, *target = Py_None;
  if (!PyArg_ParseTupleAndKeywords(args, kwargs, "U|OO:find_spec", kwlist, &name, &path, &target))
    return NULL;
  if (path != Py_None || !builtin_for(name))
    Py_RETURN_NONE;
  PyObject *spec_type = module_spec_type();
  if (!spec_type)
    return NULL;
  PyObject *args2 = Py_BuildValue("(OO)", name, self);
  PyObject *kwargs2 = Py_BuildValue("{s:s}", "origin", "built-in");
  PyObject *spec = args2 && kwargs2 ? PyObject_Call(spec_type, args2, kwargs2) : NULL;
  Py_XDECREF(args2);
  Py_XDECREF(kwargs2);
  Py_DECREF(spec_type);
  return spec;
}

static PyObject *bfinder_create_module(PyObject *self, PyObject *spec) {
  PyObject *name = PyObject_GetAttrString(spec, "name");
  if (!name)
    return NULL;
  const pylc_builtin_entry *e = builtin_for(name);
  if (!e) {
    PyErr_Format(PyExc_ImportError, "%R is not a built-in module", name);
    Py_DECREF(name);
    return NULL;
  }
  Py_DECREF(name);
  PyObject *mod = e->init();
  if (!mod) {
    if (!PyErr_Occurred())
      PyErr_Format(PyExc_SystemError, "initialization of %s failed without raising an exception",
                   e->name);
    return NULL;
  }
  if (PyObject_TypeCheck(mod, &PyModuleDef_Type))
    return PyModule_FromDefAndSpec((PyModuleDef *)mod, spec);
  if (PyErr_Occurred()) {
    Py_DECREF(mod);
    PyErr_Format(PyExc_SystemError, "initialization of %s raised unreported exception", e->name);
    return NULL;
  }
  return mod;
}

/* Multi-phase modules run their Py_mod_exec slots here; a single-phase module was made
 * whole by its PyInit (PyModule_ExecDef is a no-op for a def without slots). */
static PyObject *bfinder_exec_module(PyObject *self, PyObject *module) {
  PyModuleDef *def = PyModule_Check(module) ? PyModule_GetDef(module) : NULL;
  PyErr_Clear();
  /* ExecDef allocates the module state too. */
  if (def && def->m_slots && PyModule_ExecDef(module, def) < 0)
    return NULL;
  Py_RETURN_NONE;
}

static PyObject *bfinder_is_package(PyObject *self, PyObject *name) { Py_RETURN_FALSE; }
static PyObject *bfinder_none(PyObject *self, PyObject *name) { Py_RETURN_NONE; }

static PyMethodDef bfinder_methods[] = {
    {"find_spec", (PyCFunction)(void (*)(void))bfinder_find_spec, METH_VARARGS | METH_KEYWORDS,
     NULL},
    {"create_module", (PyCFunction)bfinder_create_module, METH_O, NULL},
    {"exec_module", (PyCFunction)bfinder_exec_module, METH_O, NULL},
    {"is_package", (PyCFunction)bfinder_is_package, METH_O, NULL},
    {"get_code", (PyCFunction)bfinder_none, METH_O, NULL},
    {"get_source", (PyCFunction)bfinder_none, METH_O, NULL},
    {NULL, NULL, 0, NULL}};

static PyTypeObject BuiltinFinder_Type = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "pylc.BuiltinExtensionImporter",
    .tp_basicsize = sizeof(BuiltinFinder),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Finds and loads the extension modules linked into this program.",
    .tp_methods = bfinder_methods,
};

int pylc__install_builtins(void) {
  if (!builtins_count)
    return 0;
  if (PyType_Ready(&BuiltinFinder_Type) < 0)
    return -1;
  PyObject *meta_path = PySys_GetObject("meta_path"); /* borrowed */
  PyObject *bootstrap = PyImport_ImportModule("_frozen_importlib");
  PyObject *builtin = bootstrap ? PyObject_GetAttrString(bootstrap, "BuiltinImporter") : NULL;
  Py_XDECREF(bootstrap);
  if (!meta_path || !PyList_Check(meta_path) || !builtin) {
    Py_XDECREF(builtin);
    if (!PyErr_Occurred())
      PyErr_SetString(PyExc_RuntimeError, "pylc: sys.meta_path is not a list");
    return -1;
  }
  Py_ssize_t at = 0;
  for (Py_ssize_t i = 0; i < PyList_GET_SIZE(meta_path); i++)
    if (PyList_GET_ITEM(meta_path, i) == builtin)
      at = i + 1;
  Py_DECREF(builtin);
  PyObject *f = PyType_GenericAlloc(&BuiltinFinder_Type, 0);
  if (!f)
    return -1;
  int r = PyList_Insert(meta_path, at, f);
  Py_DECREF(f);
  return r;
}

int pylc_register_builtins(const pylc_builtin_entry *table, int count) {
  builtins_table = table;
  builtins_count = count;
  if (!Py_IsInitialized())
    return 0;
  if (pylc__install_builtins() < 0) {
    PyErr_Print();
    return -1;
  }
  return 0;
}
