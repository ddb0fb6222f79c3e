/* The meta-path finder and loader of a program's compiled modules. `import` asks it before
 * the path-based finder, so compiled modules are found first, with the attributes a
 * SourceFileLoader would give them (__file__ the source path as built, __cached__,
 * __path__ for packages); namespace packages get the spec the path finder makes for them.
 * exec_module runs the body through importlib's _call_with_frames_removed, so a traceback
 * through an import loses the importlib frames as under the interpreter. */
#include "rt_internal.h"

static const pylc_module_entry *registered;
static int registered_count;

typedef struct {
  PyObject_HEAD
  PyObject *index; /* module name -> entry number */
} Finder;

static const pylc_module_entry *entry_for(Finder *self, PyObject *name) {
  PyObject *k = PyDict_GetItemWithError(self->index, name);
  if (!k)
    return NULL;
  return &registered[PyLong_AsLong(k)];
}

/* __path__ entries: the directories, one per line. */
static PyObject *search_locations(const pylc_module_entry *e) {
  PyObject *text = PyUnicode_DecodeFSDefault(e->path ? e->path : "");
  if (!text)
    return NULL;
  PyObject *dirs = PyUnicode_Splitlines(text, 0);
  Py_DECREF(text);
  return dirs;
}

static PyObject *importlib_attr(const char *module, const char *attr) {
  PyObject *m = PyImport_ImportModule(module);
  if (!m)
    return NULL;
  PyObject *v = PyObject_GetAttrString(m, attr);
  Py_DECREF(m);
  return v;
}

/* The spec PathFinder makes for a namespace package: no loader, a _NamespacePath. */
static PyObject *namespace_spec(PyObject *name, const pylc_module_entry *e) {
  PyObject *spec_type = importlib_attr("_frozen_importlib", "ModuleSpec");
  PyObject *ns_path = importlib_attr("_frozen_importlib_external", "_NamespacePath");
  PyObject *finder = importlib_attr("_frozen_importlib_external", "PathFinder");
  PyObject *get_spec = finder ? PyObject_GetAttrString(finder, "_get_spec") : NULL;
  PyObject *dirs = search_locations(e);
  PyObject *spec = NULL, *locations = NULL;
  if (spec_type && ns_path && get_spec && dirs &&
      (locations = PyObject_CallFunctionObjArgs(ns_path, name, dirs, get_spec, NULL))) {
    spec = PyObject_CallFunction(spec_type, "OO", name, Py_None);
    if (spec && PyObject_SetAttrString(spec, "submodule_search_locations", locations) < 0)
      Py_CLEAR(spec);
  }
  Py_XDECREF(locations);
  Py_XDECREF(dirs);
  Py_XDECREF(get_spec);
  Py_XDECREF(finder);
  Py_XDECREF(ns_path);
  Py_XDECREF(spec_type);
  return spec;
}

static PyObject *module_spec(Finder *self, PyObject *name, const pylc_module_entry *e) {
  if (!e->exec && !e->error)
    return namespace_spec(name, e);
  PyObject *spec_type = importlib_attr("_frozen_importlib", "ModuleSpec");
  if (!spec_type)
    return NULL;
  PyObject *args = Py_BuildValue("(OO)", name, (PyObject *)self);
  PyObject *kwargs =
      Py_BuildValue("{s:s,s:O}", "origin", e->file, "is_package", e->path ? Py_True : Py_False);
  PyObject *spec = args && kwargs ? PyObject_Call(spec_type, args, kwargs) : NULL;
  Py_XDECREF(args);
  Py_XDECREF(kwargs);
  Py_DECREF(spec_type);
  if (!spec)
    return NULL;
  if (PyObject_SetAttrString(spec, "has_location", Py_True) < 0)
    goto fail;
  if (e->path) {
    PyObject *dirs = search_locations(e);
    if (!dirs || PyObject_SetAttrString(spec, "submodule_search_locations", dirs) < 0) {
      Py_XDECREF(dirs);
      goto fail;
    }
    Py_DECREF(dirs);
  }
  return spec;
fail:
  Py_DECREF(spec);
  return NULL;
}

static PyObject *finder_find_spec(Finder *self, PyObject *args, PyObject *kwargs) {
  static char *kwlist[] = {"fullname", "path", "target", NULL};
  PyObject *name, *path = Py_None, *target = Py_None;
  if (!PyArg_ParseTupleAndKeywords(args, kwargs, "U|OO:find_spec", kwlist, &name, &path, &target))
    return NULL;
  const pylc_module_entry *e = entry_for(self, name);
  if (!e) {
    if (PyErr_Occurred())
      return NULL;
    Py_RETURN_NONE;
  }
  return module_spec(self, name, e);
}

static PyObject *finder_create_module(Finder *self, PyObject *spec) { Py_RETURN_NONE; }

/* The compiled body of one module, called with the module's dict. */
static PyObject *run_body(PyObject *capsule, PyObject *dict) {
  const pylc_module_entry *e = PyCapsule_GetPointer(capsule, "pylc.module");
  if (!e)
    return NULL;
  return e->exec(dict);
}

static PyMethodDef run_body_def = {"exec_compiled_module", (PyCFunction)run_body, METH_O, NULL};

/* What the interpreter's compile() raises for a module pylc could not compile. */
static PyObject *raise_syntax_error(PyObject *capsule, PyObject *unused) {
  const pylc_module_entry *e = PyCapsule_GetPointer(capsule, "pylc.module");
  if (!e)
    return NULL;
  const pylc_syntax_error *s = e->error;
  PyObject *type = PyDict_GetItemString(PyEval_GetBuiltins(), s->type); /* borrowed */
  if (!type)
    type = PyExc_SyntaxError;
  PyObject *file = PyUnicode_DecodeFSDefault(e->file);
  PyObject *text = s->text ? PyUnicode_FromString(s->text) : Py_NewRef(Py_None);
  PyObject *value = NULL;
  if (file && text) {
    if (s->lineno && s->end_lineno)
      value = PyObject_CallFunction(type, "s(OiiOii)", s->message, file, s->lineno, s->offset, text,
                                    s->end_lineno, s->end_offset);
    else if (s->lineno) /* as PyErr_SyntaxLocationObject leaves it: end_offset None */
      value = PyObject_CallFunction(type, "s(OiiOiO)", s->message, file, s->lineno, s->offset, text,
                                    s->lineno, Py_None);
    else
      value = PyObject_CallFunction(type, "s", s->message);
  }
  Py_XDECREF(file);
  Py_XDECREF(text);
  if (value) {
    PyErr_SetObject(type, value);
    Py_DECREF(value);
  }
  return NULL;
}

static PyMethodDef raise_error_def = {"compile", (PyCFunction)raise_syntax_error, METH_O, NULL};

static PyObject *finder_exec_module(Finder *self, PyObject *module) {
  PyObject *name = PyObject_GetAttrString(module, "__name__");
  if (!name)
    return NULL;
  const pylc_module_entry *e = entry_for(self, name);
  if (!e || (!e->exec && !e->error)) {
    if (!PyErr_Occurred())
      PyErr_Format(PyExc_ImportError, "%R is not a compiled module of this program", name);
    Py_DECREF(name);
    return NULL;
  }
  Py_DECREF(name);
  PyObject *dict = PyModule_GetDict(module); /* borrowed */
  if (!dict)
    return NULL;
  /* As exec() does for globals without __builtins__: the builtins dict. */
  PyObject *builtins = _PyDict_GetItemStringWithError(dict, "__builtins__");
  if (!builtins &&
      (PyErr_Occurred() || PyDict_SetItemString(dict, "__builtins__", PyEval_GetBuiltins()) < 0))
    return NULL;
  PyObject *remove = importlib_attr("_frozen_importlib", "_call_with_frames_removed");
  PyObject *capsule = PyCapsule_New((void *)e, "pylc.module", NULL);
  PyObject *fn =
      capsule ? PyCFunction_New(e->exec ? &run_body_def : &raise_error_def, capsule) : NULL;
  PyObject *r = remove && fn ? PyObject_CallFunctionObjArgs(remove, fn, dict, NULL) : NULL;
  Py_XDECREF(fn);
  Py_XDECREF(capsule);
  Py_XDECREF(remove);
  if (!r)
    return NULL;
  Py_DECREF(r);
  Py_RETURN_NONE;
}

static PyObject *finder_is_package(Finder *self, PyObject *name) {
  const pylc_module_entry *e = entry_for(self, name);
  if (!e) {
    if (!PyErr_Occurred())
      PyErr_Format(PyExc_ImportError, "%R is not a compiled module of this program", name);
    return NULL;
  }
  return PyBool_FromLong(e->path != NULL);
}

static PyObject *finder_get_filename(Finder *self, PyObject *args) {
  PyObject *name = NULL;
  if (!PyArg_ParseTuple(args, "|O:get_filename", &name))
    return NULL;
  const pylc_module_entry *e = name && name != Py_None ? entry_for(self, name) : NULL;
  if (!e || !e->file) {
    if (!PyErr_Occurred())
      PyErr_Format(PyExc_ImportError, "%R is not a compiled module of this program", name);
    return NULL;
  }
  return PyUnicode_DecodeFSDefault(e->file);
}

/* The source as a SourceFileLoader reads it (decoded by its coding cookie); ImportError when
 * the file is gone. */
static PyObject *finder_get_source(Finder *self, PyObject *name) {
  const pylc_module_entry *e = entry_for(self, name);
  if (!e || !e->file) {
    if (!PyErr_Occurred())
      PyErr_Format(PyExc_ImportError, "%R is not a compiled module of this program", name);
    return NULL;
  }
  PyObject *loader_type = importlib_attr("_frozen_importlib_external", "SourceFileLoader");
  PyObject *loader =
      loader_type ? PyObject_CallFunction(loader_type, "Os", name, e->file) : NULL;
  PyObject *source = loader ? PyObject_CallMethod(loader, "get_source", "O", name) : NULL;
  Py_XDECREF(loader);
  Py_XDECREF(loader_type);
  return source;
}

/* importlib.resources over a compiled module reads the files beside its source, as
 * FileLoader.get_resource_reader does: a FileReader of the source's directory. */
static PyObject *finder_get_resource_reader(Finder *self, PyObject *name) {
  const pylc_module_entry *e = entry_for(self, name);
  if (!e || !e->file) {
    if (!PyErr_Occurred())
      PyErr_Format(PyExc_ImportError, "%R is not a compiled module of this program", name);
    return NULL;
  }
  PyObject *reader_type = importlib_attr("importlib.readers", "FileReader");
  PyObject *ns_type = reader_type ? importlib_attr("types", "SimpleNamespace") : NULL;
  PyObject *kwargs =
      ns_type ? Py_BuildValue("{s:N}", "path", PyUnicode_DecodeFSDefault(e->file)) : NULL;
  PyObject *empty = kwargs ? PyTuple_New(0) : NULL;
  PyObject *loader = empty ? PyObject_Call(ns_type, empty, kwargs) : NULL;
  PyObject *reader = loader ? PyObject_CallOneArg(reader_type, loader) : NULL;
  Py_XDECREF(loader);
  Py_XDECREF(empty);
  Py_XDECREF(kwargs);
  Py_XDECREF(ns_type);
  Py_XDECREF(reader_type);
  return reader;
}

static PyMethodDef finder_methods[] = {
    {"find_spec", (PyCFunction)(void (*)(void))finder_find_spec, METH_VARARGS | METH_KEYWORDS,
     NULL},
    {"create_module", (PyCFunction)finder_create_module, METH_O, NULL},
    {"exec_module", (PyCFunction)finder_exec_module, METH_O, NULL},
    {"is_package", (PyCFunction)finder_is_package, METH_O, NULL},
    {"get_filename", (PyCFunction)finder_get_filename, METH_VARARGS, NULL},
    {"get_source", (PyCFunction)finder_get_source, METH_O, NULL},
    {"get_resource_reader", (PyCFunction)finder_get_resource_reader, METH_O, NULL},
    {NULL, NULL, 0, NULL}};

static void finder_dealloc(Finder *self) {
  Py_XDECREF(self->index);
  Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyTypeObject Finder_Type = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "pylc.CompiledModuleFinder",
    .tp_basicsize = sizeof(Finder),
    .tp_dealloc = (destructor)finder_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Finds and loads the modules compiled into this program.",
    .tp_methods = finder_methods,
};

static Finder *finder_new(void) {
  if (PyType_Ready(&Finder_Type) < 0)
    return NULL;
  /* Code that filters sys.meta_path reads each finder's __module__ (the importers of
   * importlib are classes); a static type has it only as the class's attribute. */
  PyObject *module = PyUnicode_FromString("pylc");
  if (!module || PyDict_SetItemString(Finder_Type.tp_dict, "__module__", module) < 0) {
    Py_XDECREF(module);
    return NULL;
  }
  Py_DECREF(module);
  Finder *f = PyObject_New(Finder, &Finder_Type);
  if (!f)
    return NULL;
  f->index = PyDict_New();
  if (!f->index) {
    Py_DECREF(f);
    return NULL;
  }
  for (int i = 0; i < registered_count; i++) {
    PyObject *k = PyLong_FromLong(i);
    if (!k || PyDict_SetItemString(f->index, registered[i].name, k) < 0) {
      Py_XDECREF(k);
      Py_DECREF(f);
      return NULL;
    }
    Py_DECREF(k);
  }
  return f;
}

/* Inserts the finder into sys.meta_path before the path-based finder (after the builtin
 * and frozen importers, which win over any directory under the interpreter too). */
int pylc__install_finder(void) {
  if (!registered_count)
    return 0;
  PyObject *meta_path = PySys_GetObject("meta_path"); /* borrowed */
  PyObject *path_finder = importlib_attr("_frozen_importlib_external", "PathFinder");
  if (!meta_path || !PyList_Check(meta_path) || !path_finder) {
    Py_XDECREF(path_finder);
    if (!PyErr_Occurred())
      PyErr_SetString(PyExc_RuntimeError, "pylc: sys.meta_path is not a list");
    return -1;
  }
  Py_ssize_t at = PyList_GET_SIZE(meta_path);
  for (Py_ssize_t i = 0; i < PyList_GET_SIZE(meta_path); i++)
    if (PyList_GET_ITEM(meta_path, i) == path_finder) {
      at = i;
      break;
    }
  Py_DECREF(path_finder);
  Finder *f = finder_new();
  if (!f)
    return -1;
  int r = PyList_Insert(meta_path, at, (PyObject *)f);
  Py_DECREF(f);
  return r;
}

int pylc_register_modules(const pylc_module_entry *table, int count) {
  registered = table;
  registered_count = count;
  if (!Py_IsInitialized())
    return 0;
  if (pylc__install_finder() < 0) {
    PyErr_Print();
    return -1;
  }
  return 0;
}
