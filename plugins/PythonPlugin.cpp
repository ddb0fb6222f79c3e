#include "plugins/PythonPlugin.h"

#include "plugins/PyPIR.h"

#include "frontend/Parser.h"
#include "frontend/PyRef.h"

#include <functional>

namespace pylc {

const std::vector<std::string> &pythonHookNames() {
  static const std::vector<std::string> names = {"onLoad",
                                                 "onModuleDiscovered",
                                                 "onModuleSourceCode",
                                                 "onModuleEncounter",
                                                 "onFunctionBody",
                                                 "registerPasses",
                                                 "onLink",
                                                 "onBuildFinished"};
  return names;
}

namespace {

// The pending Python exception as a PluginError carrying its traceback.
PluginError pythonError(const std::string &what) {
  PyObject *type, *value, *tb;
  PyErr_Fetch(&type, &value, &tb);
  PyErr_NormalizeException(&type, &value, &tb);
  Ref t(type), v(value), b(tb);
  std::string text = what;
  Ref traceback(PyImport_ImportModule("traceback"));
  Ref lines(traceback && t
                ? PyObject_CallMethod(traceback.get(), "format_exception", "OOO", t.get(),
                                      v ? v.get() : Py_None, b ? b.get() : Py_None)
                : nullptr);
  Ref empty(PyUnicode_FromString(""));
  Ref joined(lines ? PyUnicode_Join(empty.get(), lines.get()) : nullptr);
  if (const char *s = joined ? PyUnicode_AsUTF8(joined.get()) : nullptr) {
    text += ":\n" + std::string(s);
    while (!text.empty() && text.back() == '\n')
      text.pop_back();
  }
  PyErr_Clear();
  return PluginError(text);
}

std::string utf8Of(PyObject *o, const std::string &what) {
  if (!PyUnicode_Check(o))
    throw PluginError(what + " must be a str, not " + Py_TYPE(o)->tp_name);
  Py_ssize_t n;
  const char *s = PyUnicode_AsUTF8AndSize(o, &n);
  if (!s)
    throw pythonError(what);
  return std::string(s, n);
}

PyObject *pyStr(const std::string &s) {
  return PyUnicode_DecodeUTF8(s.data(), s.size(), "surrogateescape");
}

PyObject *strList(const std::vector<std::string> &items) {
  PyObject *list = PyList_New(0);
  for (auto &s : items) {
    Ref o(pyStr(s));
    PyList_Append(list, o.get());
  }
  return list;
}

std::vector<std::string> strListOf(PyObject *o, const std::string &what) {
  if (!PyList_Check(o) && !PyTuple_Check(o))
    throw PluginError(what + " must be a list of str, not " + Py_TYPE(o)->tp_name);
  Ref seq(PySequence_List(o));
  std::vector<std::string> out;
  for (Py_ssize_t i = 0; i < PyList_GET_SIZE(seq.get()); ++i)
    out.push_back(utf8Of(PyList_GET_ITEM(seq.get(), i), what + " items"));
  return out;
}

// A types.SimpleNamespace with the given attributes: the plain objects hooks receive.
Ref nameSpace(std::initializer_list<std::pair<const char *, PyObject *>> attrs) {
  Ref types(PyImport_ImportModule("types"));
  Ref cls(types ? PyObject_GetAttrString(types.get(), "SimpleNamespace") : nullptr);
  Ref kwargs(PyDict_New());
  for (auto &[k, v] : attrs) {
    PyDict_SetItemString(kwargs.get(), k, v);
    Py_XDECREF(v);
  }
  Ref args(PyTuple_New(0));
  Ref ns(cls ? PyObject_Call(cls.get(), args.get(), kwargs.get()) : nullptr);
  if (!ns)
    throw pythonError("cannot create the hook's argument");
  return ns;
}

Ref moduleRef(const ModuleRef &m) {
  return nameSpace({{"name", pyStr(m.name)}, {"file", pyStr(m.file)}});
}

PyObject *attr(PyObject *o, const char *name) {
  PyObject *a = PyObject_GetAttrString(o, name);
  if (!a)
    throw pythonError(std::string("the hook's argument lost its attribute '") + name + "'");
  return a;
}

// pylc.PluginContext: what onLoad receives, forwarding to the host.
struct ContextObject {
  PyObject_HEAD PluginContext *context;
};

PyObject *contextArgument(PyObject *self, PyObject *key) {
  const char *k = PyUnicode_AsUTF8(key);
  if (!k)
    return nullptr;
  return pyStr(reinterpret_cast<ContextObject *>(self)->context->argument(k));
}
PyObject *contextAddModule(PyObject *self, PyObject *name) {
  const char *n = PyUnicode_AsUTF8(name);
  if (!n)
    return nullptr;
  reinterpret_cast<ContextObject *>(self)->context->addModule(n);
  Py_RETURN_NONE;
}
PyObject *contextAddSearchPath(PyObject *self, PyObject *dir) {
  const char *d = PyUnicode_AsUTF8(dir);
  if (!d)
    return nullptr;
  reinterpret_cast<ContextObject *>(self)->context->addSearchPath(d);
  Py_RETURN_NONE;
}
PyObject *contextLog(PyObject *self, PyObject *line) {
  const char *s = PyUnicode_AsUTF8(line);
  if (!s)
    return nullptr;
  reinterpret_cast<ContextObject *>(self)->context->log(s);
  Py_RETURN_NONE;
}
PyObject *contextGet(PyObject *self, void *which) {
  PluginContext *c = reinterpret_cast<ContextObject *>(self)->context;
  switch (reinterpret_cast<intptr_t>(which)) {
  case 1:
    return pyStr(c->triple());
  case 2:
    return pyStr(c->pluginDirectory());
  }
  return PyLong_FromLong(c->optLevel());
}

PyMethodDef contextMethods[] = {
    {"argument", contextArgument, METH_O,
     "argument(key): the value of --plugin-arg NAME:KEY=VALUE, or ''"},
    {"add_module", contextAddModule, METH_O,
     "add_module(name): compile module `name` into the program too (--include-module)"},
    {"add_search_path", contextAddSearchPath, METH_O,
     "add_search_path(dir): look for the program's modules in dir too"},
    {"log", contextLog, METH_O, "log(line): a line for pylc -v"},
    {nullptr}};
PyGetSetDef contextGetSet[] = {
    {"opt_level", contextGet, nullptr, "the -O level", nullptr},
    {"triple", contextGet, nullptr, "the target triple", reinterpret_cast<void *>(1)},
    {"plugin_directory", contextGet, nullptr, "where pylc's own plugins live",
     reinterpret_cast<void *>(2)},
    {nullptr}};

PyObject *newContext(PluginContext &c) {
  static PyTypeObject *type = [] {
    PyType_Slot slots[] = {{Py_tp_methods, contextMethods},
                           {Py_tp_getset, contextGetSet},
                           {Py_tp_doc, const_cast<char *>("What pylc offers a plugin")},
                           {0, nullptr}};
    PyType_Spec spec = {"pylc.PluginContext", sizeof(ContextObject), 0,
                        Py_TPFLAGS_DEFAULT | Py_TPFLAGS_DISALLOW_INSTANTIATION, slots};
    return reinterpret_cast<PyTypeObject *>(PyType_FromSpec(&spec));
  }();
  if (!type)
    return nullptr;
  ContextObject *o = PyObject_New(ContextObject, type);
  if (o)
    o->context = &c;
  return reinterpret_cast<PyObject *>(o);
}

// A PIR pass written in Python: `fn(function)` for each function of the module.
class PythonPass : public Pass {
public:
  PythonPass(std::string name, PyObject *fn) : name_(std::move(name)), fn_(fn) {
    Py_INCREF(fn);
    description_ = "a pass of a Python plugin";
  }
  ~PythonPass() override {
    if (Py_IsInitialized()) {
      GILGuard gil;
      Py_DECREF(fn_);
    }
  }
  const char *name() const override { return name_.c_str(); }
  const char *description() const override { return description_.c_str(); }
  void run(ir::Module &m) override {
    GILGuard gil;
    InterpreterStateGuard clean;
    for (auto &f : m.functions()) {
      Ref w(pypir::wrapFunction(f.get()));
      Ref r(w ? PyObject_CallOneArg(fn_, w.get()) : nullptr);
      pypir::invalidate();
      if (!r)
        throw pythonError("pass '" + name_ + "' raised");
    }
  }

private:
  std::string name_, description_;
  PyObject *fn_;
};

struct RegistrarObject {
  PyObject_HEAD PassRegistrar *registrar;
};

PyObject *registrarAdd(PyObject *self, PyObject *args, bool before) {
  const char *anchor, *name;
  PyObject *fn;
  if (!PyArg_ParseTuple(args, "ssO", &anchor, &name, &fn))
    return nullptr;
  if (!PyCallable_Check(fn)) {
    PyErr_SetString(PyExc_TypeError, "the pass must be callable: fn(function)");
    return nullptr;
  }
  auto pass = std::make_unique<PythonPass>(name, fn);
  PassRegistrar *r = reinterpret_cast<RegistrarObject *>(self)->registrar;
  try {
    before ? r->addBefore(anchor, std::move(pass)) : r->addAfter(anchor, std::move(pass));
  } catch (const std::exception &e) {
    PyErr_SetString(PyExc_ValueError, e.what());
    return nullptr;
  }
  Py_RETURN_NONE;
}
PyObject *registrarBefore(PyObject *self, PyObject *args) { return registrarAdd(self, args, true); }
PyObject *registrarAfter(PyObject *self, PyObject *args) { return registrarAdd(self, args, false); }

PyMethodDef registrarMethods[] = {
    {"add_before", registrarBefore, METH_VARARGS,
     "add_before(anchor, name, fn): run fn(function) on each function before pass `anchor`"},
    {"add_after", registrarAfter, METH_VARARGS,
     "add_after(anchor, name, fn): run fn(function) on each function after pass `anchor` "
     "('lower': first)"},
    {nullptr}};

PyObject *newRegistrar(PassRegistrar &r) {
  static PyTypeObject *type = [] {
    PyType_Slot slots[] = {{Py_tp_methods, registrarMethods}, {0, nullptr}};
    PyType_Spec spec = {"pylc.PassRegistrar", sizeof(RegistrarObject), 0,
                        Py_TPFLAGS_DEFAULT | Py_TPFLAGS_DISALLOW_INSTANTIATION, slots};
    return reinterpret_cast<PyTypeObject *>(PyType_FromSpec(&spec));
  }();
  if (!type)
    return nullptr;
  RegistrarObject *o = PyObject_New(RegistrarObject, type);
  if (o)
    o->registrar = &r;
  return reinterpret_cast<PyObject *>(o);
}

class PythonPlugin : public Plugin {
public:
  explicit PythonPlugin(Ref module) : module_(std::move(module)) {}
  ~PythonPlugin() override {
    if (Py_IsInitialized()) {
      GILGuard gil;
      module_ = Ref();
      context_ = Ref();
    }
  }

  void onLoad(PluginContext &context) override {
    GILGuard gil;
    context_ = Ref(newContext(context));
    call("onLoad", {context_.get()});
  }

  void onModuleDiscovered(DiscoveredModule &m) override {
    GILGuard gil;
    if (!has("onModuleDiscovered"))
      return;
    Ref ns = nameSpace({{"name", pyStr(m.name)},
                        {"file", pyStr(m.file)},
                        {"kind", PyUnicode_FromString(discoveredKindName(m.kind))},
                        {"exclude", PyBool_FromLong(m.exclude)},
                        {"remove", PyBool_FromLong(m.remove)},
                        {"why", pyStr(m.why)},
                        {"implicit_imports", strList(m.implicitImports)}});
    call("onModuleDiscovered", {ns.get()});
    Ref exclude(attr(ns.get(), "exclude")), remove(attr(ns.get(), "remove")),
        why(attr(ns.get(), "why")), imports(attr(ns.get(), "implicit_imports"));
    int excluded = PyObject_IsTrue(exclude.get()), removed = PyObject_IsTrue(remove.get());
    if (excluded < 0 || removed < 0)
      throw pythonError("module.exclude or module.remove");
    if (m.name != "__main__") {
      m.exclude = excluded;
      m.remove = removed;
    }
    m.why = utf8Of(why.get(), "module.why");
    m.implicitImports = strListOf(imports.get(), "module.implicit_imports");
  }

  bool onModuleSourceCode(const ModuleRef &m, std::string &source) override {
    GILGuard gil;
    if (!has("onModuleSourceCode"))
      return false;
    Ref text(pyStr(source));
    Ref r = call("onModuleSourceCode", {moduleRef(m).get(), text.get()});
    if (r.get() == Py_None)
      return false;
    if (!PyUnicode_Check(r.get()))
      throw PluginError(std::string("onModuleSourceCode returned ") + Py_TYPE(r.get())->tp_name +
                        ", not str or None");
    Ref bytes(PyUnicode_AsEncodedString(r.get(), "utf-8", "surrogateescape"));
    if (!bytes)
      throw pythonError("onModuleSourceCode returned a str that is not UTF-8");
    source.assign(PyBytes_AS_STRING(bytes.get()), PyBytes_GET_SIZE(bytes.get()));
    return true;
  }

  // The module is parsed again into `ast` nodes for the plugin; a changed (or returned) tree
  // replaces the compiler's.
  void onModuleEncounter(const ModuleRef &m, ast::Module &tree,
                         const std::string &source) override {
    GILGuard gil;
    if (!has("onModuleEncounter"))
      return;
    Ref astModule(PyImport_ImportModule("ast"));
    Ref text(pyStr(source)), file(pyStr(m.file));
    Ref parsed(astModule
                   ? PyObject_CallMethod(astModule.get(), "parse", "OO", text.get(), file.get())
                   : nullptr);
    if (!parsed)
      throw pythonError("cannot parse the module with ast.parse");
    Ref before(PyObject_CallMethod(astModule.get(), "dump", "O", parsed.get()));
    Ref r = call("onModuleEncounter", {moduleRef(m).get(), parsed.get()});
    PyObject *result = r.get() == Py_None ? parsed.get() : r.get();
    Ref moduleType(PyObject_GetAttrString(astModule.get(), "Module"));
    if (!PyObject_IsInstance(result, moduleType.get()))
      throw PluginError(std::string("onModuleEncounter returned ") + Py_TYPE(result)->tp_name +
                        ", not an ast.Module or None");
    Ref after(PyObject_CallMethod(astModule.get(), "dump", "O", result));
    if (!after)
      throw pythonError("onModuleEncounter returned a tree ast.dump cannot show");
    if (r.get() == Py_None && PyObject_RichCompareBool(before.get(), after.get(), Py_EQ) == 1)
      return;
    Ref fixed(PyObject_CallMethod(astModule.get(), "fix_missing_locations", "O", result));
    if (!fixed)
      throw pythonError("onModuleEncounter returned a tree without locations");
    try {
      tree = std::move(*convertModule(fixed.get(), m.file));
    } catch (const std::exception &e) {
      throw PluginError(std::string("onModuleEncounter returned a tree pylc cannot compile: ") +
                        e.what());
    }
  }

  void onFunctionBody(const ModuleRef &m, ir::Function &f) override {
    GILGuard gil;
    if (!has("onFunctionBody"))
      return;
    Ref w(pypir::wrapFunction(&f));
    if (!w)
      throw pythonError("cannot wrap the function");
    try {
      call("onFunctionBody", {moduleRef(m).get(), w.get()});
    } catch (...) {
      pypir::invalidate();
      throw;
    }
    pypir::invalidate();
  }

  void registerPasses(PassRegistrar &passes) override {
    GILGuard gil;
    if (!has("registerPasses"))
      return;
    Ref r(newRegistrar(passes));
    call("registerPasses", {r.get()});
  }

  void onLink(LinkInputs &link) override {
    GILGuard gil;
    if (!has("onLink"))
      return;
    Ref ns = nameSpace({{"triple", pyStr(link.triple)},
                        {"output", pyStr(link.output)},
                        {"objects", strList(link.objects)},
                        {"libraries", strList(link.libraries)},
                        {"library_paths", strList(link.libraryPaths)}});
    call("onLink", {ns.get()});
    Ref objects(attr(ns.get(), "objects")), libraries(attr(ns.get(), "libraries")),
        paths(attr(ns.get(), "library_paths"));
    link.objects = strListOf(objects.get(), "link.objects");
    link.libraries = strListOf(libraries.get(), "link.libraries");
    link.libraryPaths = strListOf(paths.get(), "link.library_paths");
  }

  void onBuildFinished(const BuildResult &result) override {
    GILGuard gil;
    if (!has("onBuildFinished"))
      return;
    Ref ns = nameSpace({{"output", pyStr(result.output)},
                        {"emit", pyStr(result.emit)},
                        {"size", PyLong_FromUnsignedLongLong(result.size)}});
    call("onBuildFinished", {ns.get()});
  }

private:
  bool has(const char *hook) {
    Ref fn(PyObject_GetAttrString(module_.get(), hook));
    PyErr_Clear();
    return fn && PyCallable_Check(fn.get());
  }

  // Calls the module's function `hook` if it has one; returns its result (None if not).
  Ref call(const char *hook, std::initializer_list<PyObject *> args) {
    InterpreterStateGuard clean;
    Ref fn(PyObject_GetAttrString(module_.get(), hook));
    if (!fn) {
      PyErr_Clear();
      Py_INCREF(Py_None);
      return Ref(Py_None);
    }
    Ref tuple(PyTuple_New(args.size()));
    Py_ssize_t i = 0;
    for (PyObject *a : args) {
      Py_INCREF(a);
      PyTuple_SET_ITEM(tuple.get(), i++, a);
    }
    Ref r(PyObject_Call(fn.get(), tuple.get(), nullptr));
    if (!r)
      throw pythonError("raised");
    return r;
  }

  Ref module_, context_;
};

} // namespace

std::unique_ptr<Plugin> createPythonPlugin(const std::string &path, std::string &name,
                                           std::string &description) {
  GILGuard gil;
  InterpreterStateGuard clean; // the module and what it imports stay out of sys.modules
  Ref util(PyImport_ImportModule("importlib.util"));
  std::string moduleName = "pylc_plugin_" + name;
  Ref spec(util ? PyObject_CallMethod(util.get(), "spec_from_file_location", "ss",
                                      moduleName.c_str(), path.c_str())
                : nullptr);
  if (!spec || spec.get() == Py_None)
    throw pythonError("cannot be loaded from '" + path + "'");
  Ref module(PyObject_CallMethod(util.get(), "module_from_spec", "O", spec.get()));
  Ref loader(module ? PyObject_GetAttrString(spec.get(), "loader") : nullptr);
  Ref done(loader ? PyObject_CallMethod(loader.get(), "exec_module", "O", module.get()) : nullptr);
  if (!done)
    throw pythonError("failed while loading");
  Ref pluginName(PyObject_GetAttrString(module.get(), "PLUGIN_NAME"));
  if (pluginName)
    name = utf8Of(pluginName.get(), "PLUGIN_NAME");
  PyErr_Clear();
  Ref doc(PyObject_GetAttrString(module.get(), "__doc__"));
  if (doc && PyUnicode_Check(doc.get())) {
    std::string d = utf8Of(doc.get(), "__doc__");
    size_t start = d.find_first_not_of(" \n\t");
    d = start == std::string::npos ? "" : d.substr(start);
    description = d.substr(0, d.find('\n'));
  }
  PyErr_Clear();
  bool anyHook = false;
  for (auto &hook : pythonHookNames()) {
    Ref fn(PyObject_GetAttrString(module.get(), hook.c_str()));
    anyHook |= fn && PyCallable_Check(fn.get());
  }
  PyErr_Clear();
  if (!anyHook)
    throw PluginError("'" + path + "' defines no hook function (onFunctionBody, onLink, ...)");
  return std::make_unique<PythonPlugin>(std::move(module));
}

} // namespace pylc
