#include "frontend/ModuleGraph.h"

#include "frontend/Diagnostics.h"
#include "frontend/Source.h"

#include <Python.h>

#include "llvm/Support/Casting.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>

namespace pylc {

using llvm::cast;
using llvm::dyn_cast;

namespace {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

std::string join(const std::string &dir, const std::string &name) {
  llvm::SmallString<256> p(dir);
  path::append(p, name);
  return std::string(p);
}

std::string parentName(const std::string &name) {
  size_t dot = name.rfind('.');
  return dot == std::string::npos ? "" : name.substr(0, dot);
}

std::string tailName(const std::string &name) {
  size_t dot = name.rfind('.');
  return dot == std::string::npos ? name : name.substr(dot + 1);
}

// What the import system outside the program would do with a module name.
class SystemImporter {
public:
  SystemImporter() {
    // The modules the interpreter has imported by the time the program starts: `import` returns
    // those from sys.modules before any finder runs.
    if (PyObject *modules = PySys_GetObject("modules")) {
      PyObject *key;
      Py_ssize_t pos = 0;
      PyObject *value;
      while (PyDict_Next(modules, &pos, &key, &value))
        if (const char *s = PyUnicode_Check(key) ? PyUnicode_AsUTF8(key) : nullptr)
          startup_.insert(s);
      PyErr_Clear();
    }
  }

  // Why `name` (a top-level name) never reaches the program's directories, or "".
  std::string shadows(const std::string &name) const {
    if (startup_.count(name))
      return "already imported when the interpreter starts";
    if (callImp("is_builtin", name))
      return "built into the interpreter";
    if (callImp("is_frozen", name))
      return "a frozen module of the interpreter";
    return "";
  }

  // What the path-based finder finds for top-level `name` on sys.path (the standard library
  // and installed packages): found, and the source file and __path__ when it is Python
  // source. Finds, never imports.
  struct Found {
    bool found = false;
    std::string source;            // a `.py` origin
    std::vector<std::string> dirs; // submodule_search_locations
  };
  Found findOnSysPath(const std::string &name) const {
    Found f;
    PyObject *machinery = PyImport_ImportModule("importlib.machinery");
    PyObject *finder = machinery ? PyObject_GetAttrString(machinery, "PathFinder") : nullptr;
    Py_XDECREF(machinery);
    PyObject *spec = finder ? PyObject_CallMethod(finder, "find_spec", "s", name.c_str()) : nullptr;
    Py_XDECREF(finder);
    if (spec && spec != Py_None) {
      f.found = true;
      PyObject *origin = PyObject_GetAttrString(spec, "origin");
      const char *o = origin && PyUnicode_Check(origin) ? PyUnicode_AsUTF8(origin) : nullptr;
      if (o && llvm::StringRef(o).ends_with(".py"))
        f.source = o;
      Py_XDECREF(origin);
      PyObject *dirs = PyObject_GetAttrString(spec, "submodule_search_locations");
      PyObject *seq = dirs && dirs != Py_None ? PySequence_List(dirs) : nullptr;
      for (Py_ssize_t i = 0; seq && i < PyList_GET_SIZE(seq); ++i)
        if (const char *d = PyUnicode_AsUTF8(PyList_GET_ITEM(seq, i)))
          f.dirs.push_back(d);
      Py_XDECREF(seq);
      Py_XDECREF(dirs);
    }
    Py_XDECREF(spec);
    PyErr_Clear();
    return f;
  }

private:
  static bool callImp(const char *fn, const std::string &name) {
    PyObject *imp = PyImport_ImportModule("_imp");
    PyObject *r = imp ? PyObject_CallMethod(imp, fn, "s", name.c_str()) : nullptr;
    Py_XDECREF(imp);
    bool yes = r && PyObject_IsTrue(r) == 1;
    Py_XDECREF(r);
    PyErr_Clear();
    return yes;
  }

  std::set<std::string> startup_;
};

// Where a dotted name leads.
struct Resolution {
  // Broken: a user module that does not compile, imported only where the import may not
  // run (it is left to the importer, which raises its error if the import does run).
  // Removed: a plugin dropped it from the program; importing it raises ModuleNotFoundError.
  enum class Kind { User, Namespace, System, Excluded, NotFound, Broken, Removed } kind =
      Kind::NotFound;
  std::string file;              // User: the source file
  bool isPackage = false;        // User: a package
  std::vector<std::string> dirs; // User package or Namespace: __path__
  std::string why;               // System, Excluded, NotFound: the reason, for -v and errors
  bool extension = false;        // System: not Python source (a C extension, built in, frozen)
};

// FileFinder's order inside each directory: a package (`name/__init__.py`), then a module
// (`name.py`); a directory without `__init__.py` is a namespace portion, used only when no
// directory holds a package or module.
Resolution findIn(const std::vector<std::string> &dirs, const std::string &tail) {
  Resolution r;
  std::vector<std::string> portions;
  for (auto &dir : dirs) {
    std::string pkg = join(dir, tail);
    if (fs::is_directory(pkg) && fs::is_regular_file(join(pkg, "__init__.py"))) {
      r.kind = Resolution::Kind::User;
      r.file = join(pkg, "__init__.py");
      r.isPackage = true;
      r.dirs = {pkg};
      return r;
    }
    if (fs::is_regular_file(join(dir, tail + ".py"))) {
      r.kind = Resolution::Kind::User;
      r.file = join(dir, tail + ".py");
      return r;
    }
    if (fs::is_directory(pkg))
      portions.push_back(pkg);
  }
  if (!portions.empty()) {
    r.kind = Resolution::Kind::Namespace;
    r.dirs = portions;
  }
  return r;
}

// One import the code asks for.
struct ImportRequest {
  std::string module;             // absolute dotted name ("" if it could not be made one)
  std::vector<std::string> names; // `from module import names` (may name submodules)
  bool star = false;
  bool required = false; // runs whenever its module is imported
  SourceRange loc;
  std::string unresolvable; // a relative import with no package to be relative to
};

// The package a module's relative imports start from (its __package__).
std::string packageOf(const SourceModule &m) {
  if (m.name == "__main__")
    return parentName(m.specName);
  return m.isPackage ? m.name : parentName(m.name);
}

class ImportCollector {
public:
  explicit ImportCollector(const SourceModule &m) : m_(m), package_(packageOf(m)) {}

  std::vector<ImportRequest> collect() {
    walk(m_.ast->body, /*topLevel=*/true);
    return std::move(requests_);
  }
  // Whether the module stores into sys.modules (`sys.modules[key] = m`), which can make a name
  // importable that no file provides.
  bool storesSysModules() const { return storesSysModules_; }

private:
  void walk(const ast::StmtList &body, bool topLevel) {
    for (auto &s : body) {
      if (auto *imp = dyn_cast<ast::Import>(s.get())) {
        for (auto &alias : imp->names) {
          ImportRequest r;
          r.module = alias.name;
          r.required = topLevel;
          r.loc = alias.loc.valid() ? alias.loc : s->loc;
          requests_.push_back(std::move(r));
        }
      } else if (auto *from = dyn_cast<ast::ImportFrom>(s.get())) {
        requests_.push_back(fromImport(*from, topLevel));
      } else if (auto *assign = dyn_cast<ast::Assign>(s.get())) {
        for (auto &t : assign->targets)
          storesSysModules_ |= isSysModulesItem(*t);
      } else {
        forEachBody(*s, [&](const ast::StmtList &inner) { walk(inner, false); });
      }
    }
  }

  ImportRequest fromImport(const ast::ImportFrom &from, bool topLevel) {
    ImportRequest r;
    r.required = topLevel;
    r.loc = from.loc;
    for (auto &alias : from.names) {
      if (alias.name == "*")
        r.star = true;
      else
        r.names.push_back(alias.name);
    }
    std::string base;
    if (from.level > 0) {
      base = package_;
      for (int i = 1; i < from.level && !base.empty(); ++i)
        base = parentName(base);
      if (base.empty()) {
        r.unresolvable = package_.empty() ? "attempted relative import with no known parent package"
                                          : "attempted relative import beyond top-level package";
        return r;
      }
    }
    std::string mod = from.module ? *from.module : "";
    r.module = base.empty() ? mod : mod.empty() ? base : base + "." + mod;
    return r;
  }

  static bool isSysModulesItem(const ast::Expr &e) {
    auto *sub = dyn_cast<ast::Subscript>(&e);
    auto *attr = sub ? dyn_cast<ast::Attribute>(sub->value.get()) : nullptr;
    auto *base = attr ? dyn_cast<ast::Name>(attr->value.get()) : nullptr;
    return base && base->id == "sys" && attr->attr == "modules";
  }

  const SourceModule &m_;
  std::string package_;
  std::vector<ImportRequest> requests_;
  bool storesSysModules_ = false;
};

// Names in a literal `__all__ = [...]` (or a tuple) at a module's top level.
std::vector<std::string> literalAll(const ast::Module &m) {
  std::vector<std::string> names;
  for (auto &s : m.body) {
    auto *a = dyn_cast<ast::Assign>(s.get());
    if (!a || a->targets.size() != 1)
      continue;
    auto *target = dyn_cast<ast::Name>(a->targets[0].get());
    if (!target || target->id != "__all__")
      continue;
    names.clear();
    const std::vector<ast::ExprPtr> *elts = nullptr;
    if (auto *l = dyn_cast<ast::List>(a->value.get()))
      elts = &l->elts;
    else if (auto *t = dyn_cast<ast::Tuple>(a->value.get()))
      elts = &t->elts;
    if (elts) {
      for (auto &e : *elts)
        if (auto *c = dyn_cast<ast::Constant>(e.get()))
          if (c->value.kind == ast::ConstantValue::Kind::Str)
            names.push_back(c->value.text);
    } else if (auto *c = dyn_cast<ast::Constant>(a->value.get())) {
      for (auto &e : c->value.elts)
        if (e.kind == ast::ConstantValue::Kind::Str)
          names.push_back(e.text);
    }
  }
  return names;
}

class Discovery {
public:
  explicit Discovery(const DiscoveryOptions &opts) : opts_(opts) {
    // `python -m` searches the current directory first, `python script.py` the script's.
    if (opts.mainModule.empty())
      roots_.push_back(std::string(path::parent_path(absolutePath(opts.mainScript))));
    else
      roots_.push_back(absolutePath("."));
    for (auto &p : opts.searchPaths)
      roots_.push_back(absolutePath(p));
    excluded_.insert(opts.excludeModules.begin(), opts.excludeModules.end());
  }

  std::vector<SourceModule> run() {
    SourceModule main;
    main.name = "__main__";
    if (opts_.mainModule.empty()) {
      main.path = absolutePath(opts_.mainScript);
      discoveredMain(main.path);
      main.ast = opts_.parse("__main__", main.path);
      log("module '__main__' (" + main.path + "): compiled, the main script");
      modules_.push_back(std::move(main));
    } else {
      locateMainModule(main); // may add the package it is in
      modules_.insert(modules_.begin(), std::move(main));
    }

    for (auto &name : opts_.includeModules) {
      Resolution r = resolve(name, /*required=*/true);
      if (r.kind != Resolution::Kind::User && r.kind != Resolution::Kind::Namespace)
        throw CompileError("", {},
                           "module '" + name + "' given to --include-module " +
                               (r.why.empty() ? "is not a module of the program" : r.why));
    }
    // A module is required when an import that always runs reaches it from the main script;
    // only required modules must compile and find their own unconditional imports. A module
    // first reached optionally and later required is followed again.
    required_.insert("__main__");
    for (auto &name : opts_.includeModules)
      required_.insert(name);
    for (size_t i = 0; i < modules_.size(); ++i)
      if (modules_[i].ast)
        follow(i);
    while (!refollow_.empty()) {
      size_t i = refollow_.back();
      refollow_.pop_back();
      follow(i);
    }
    // A program that fills sys.modules itself may import names no file provides.
    if (!missing_.empty() && !storesSysModules_)
      throw missing_.front();
    return std::move(modules_);
  }

private:
  // `-m NAME` as runpy finds it: the parent packages are imported first; a package runs its
  // `__main__` submodule.
  void locateMainModule(SourceModule &main) {
    const std::string &name = opts_.mainModule;
    std::string parent = parentName(name);
    Resolution r = parent.empty() ? Resolution{} : resolvePrefixes(parent, true);
    if (!parent.empty() && !(r.kind == Resolution::Kind::User && r.isPackage) &&
        r.kind != Resolution::Kind::Namespace)
      throw CompileError("", {}, "no module named '" + name + "' among the program's modules");
    r = parent.empty() ? findIn(roots_, name) : findIn(r.dirs, tailName(name));
    main.specName = name;
    if (r.kind == Resolution::Kind::User && r.isPackage) {
      resolve(name, /*required=*/true); // runpy imports the package, then runs its __main__
      main.specName = name + ".__main__";
      main.path = join(r.dirs.front(), "__main__.py");
      if (!fs::is_regular_file(main.path))
        throw CompileError("", {},
                           "no module named '" + main.specName + "'; '" + name +
                               "' is a package and cannot be directly executed");
    } else if (r.kind == Resolution::Kind::User) {
      main.path = r.file;
    } else {
      throw CompileError("", {}, "no module named '" + name + "' in " + describeRoots());
    }
    discoveredMain(main.path);
    main.ast = opts_.parse("__main__", main.path);
    log("module '__main__' (" + main.path + "): compiled, run as module '" + main.specName + "'");
  }

  // The main script, shown to onDiscovered before it is read; it cannot be excluded.
  void discoveredMain(const std::string &path) {
    if (!opts_.onDiscovered)
      return;
    DiscoveredModule d;
    d.name = "__main__";
    d.file = path;
    opts_.onDiscovered(d);
    if (!d.implicitImports.empty())
      implicit_["__main__"] = d.implicitImports;
  }

  // Shows a module to onDiscovered; returns what discovery does with it.
  Resolution consult(const std::string &name, Resolution r) {
    bool shown = r.kind == Resolution::Kind::User || r.kind == Resolution::Kind::Namespace ||
                 (r.kind == Resolution::Kind::System && name.find('.') == std::string::npos);
    if (!opts_.onDiscovered || !shown)
      return r;
    DiscoveredModule d;
    d.name = name;
    d.file = r.file;
    d.kind = r.kind != Resolution::Kind::System ? DiscoveredModule::Kind::User
             : r.extension                      ? DiscoveredModule::Kind::Extension
                                                : DiscoveredModule::Kind::StandardLibrary;
    opts_.onDiscovered(d);
    if (!d.implicitImports.empty())
      implicit_[name] = d.implicitImports;
    if (d.remove) {
      r.kind = Resolution::Kind::Removed;
      r.why = d.why.empty() ? "removed by a plugin" : d.why;
    } else if (d.exclude) {
      excluded_.insert(name);
      r.kind = Resolution::Kind::Excluded;
      r.why = d.why.empty() ? "excluded by a plugin" : d.why;
    }
    return r;
  }

  void log(const std::string &line) {
    if (opts_.log)
      opts_.log(line);
  }

  void follow(size_t index) {
    bool moduleRequired = required_.count(modules_[index].name) > 0;
    ImportCollector collector(modules_[index]);
    std::vector<ImportRequest> requests = collector.collect();
    storesSysModules_ |= collector.storesSysModules();
    for (auto &req : requests) {
      // Copies: `modules_` grows (and moves) while the imports are resolved.
      std::string file = modules_[index].path;
      if (!req.unresolvable.empty()) {
        log("relative import at " + file + ":" + std::to_string(req.loc.line) +
            " left to run time: " + req.unresolvable);
        continue;
      }
      if (req.module.empty())
        continue;
      bool required = req.required && moduleRequired;
      Resolution r = resolvePrefixes(req.module, required);
      if (r.kind == Resolution::Kind::NotFound && required)
        missing_.emplace_back(file, req.loc, "module '" + req.module + "' not found: " + r.why);
      bool container = r.kind == Resolution::Kind::Namespace ||
                       (r.kind == Resolution::Kind::User && r.isPackage);
      if (!container)
        continue;
      std::vector<std::string> names = req.names;
      if (req.star && r.kind == Resolution::Kind::User)
        for (auto &n : literalAll(*astOf(req.module)))
          names.push_back(n);
      // `from package import name`: a submodule when the package has no such attribute.
      for (auto &n : names)
        resolve(req.module + "." + n, required, /*quietIfMissing=*/true);
    }
    auto implicit = implicit_.find(modules_[index].name);
    if (implicit != implicit_.end())
      for (const std::string &name : std::vector<std::string>(implicit->second)) {
        log("module '" + modules_[index].name + "' imports '" + name + "' (added by a plugin)");
        resolvePrefixes(name, /*required=*/false);
      }
  }

  const ast::Module *astOf(const std::string &name) {
    for (auto &m : modules_)
      if (m.name == name)
        return m.ast.get();
    return nullptr;
  }

  // `import a.b.c` imports a, a.b and a.b.c; the first that fails decides.
  Resolution resolvePrefixes(const std::string &name, bool required) {
    Resolution r;
    for (size_t dot = 0; dot != std::string::npos;) {
      dot = name.find('.', dot + 1);
      r = resolve(name.substr(0, dot), required);
      if (r.kind == Resolution::Kind::NotFound || r.kind == Resolution::Kind::Excluded ||
          r.kind == Resolution::Kind::System || r.kind == Resolution::Kind::Removed)
        return r;
    }
    return r;
  }

  Resolution resolve(const std::string &name, bool required, bool quietIfMissing = false) {
    auto it = cache_.find(name);
    if (it == cache_.end()) {
      Resolution r = consult(name, lookup(name));
      if (required && r.kind == Resolution::Kind::User)
        required_.insert(name);
      r = record(name, r, required, quietIfMissing);
      return cache_[name] = r;
    }
    const Resolution &r = it->second;
    if (required && r.kind == Resolution::Kind::Broken)
      throw broken_.at(name);
    if (required && r.kind == Resolution::Kind::User && required_.insert(name).second)
      for (size_t i = 0; i < modules_.size(); ++i)
        if (modules_[i].name == name)
          refollow_.push_back(i);
    return r;
  }

  Resolution lookup(const std::string &name) {
    Resolution r;
    std::string parent = parentName(name);
    if (excluded_.count(name) || (!parent.empty() && excluded_.count(parent))) {
      excluded_.insert(name);
      r.kind = Resolution::Kind::Excluded;
      r.why = "excluded with --exclude-module";
      return r;
    }
    if (parent.empty() &&
        std::count(opts_.builtinModules.begin(), opts_.builtinModules.end(), name)) {
      r.kind = Resolution::Kind::System;
      r.why = "an extension module linked into the program";
      if (opts_.onBuiltin)
        opts_.onBuiltin(name);
      return r;
    }
    if (parent.empty()) {
      r.why = system_.shadows(name);
      if (!r.why.empty()) {
        r.kind = Resolution::Kind::System;
        r.extension = true;
        return r;
      }
      r = findIn(roots_, name);
      if (r.kind == Resolution::Kind::NotFound)
        r = onSysPath(name);
      return r;
    }
    Resolution p = resolve(parent, /*required=*/false);
    switch (p.kind) {
    case Resolution::Kind::Broken:
      r.why = "package '" + parent + "' does not compile";
      return r;
    case Resolution::Kind::System:
    case Resolution::Kind::Excluded:
    case Resolution::Kind::Removed:
      r.kind = p.kind;
      r.why = p.why;
      return r;
    case Resolution::Kind::NotFound:
      r.why = p.why;
      return r;
    case Resolution::Kind::User:
      if (!p.isPackage) {
        r.why = "'" + parent + "' is not a package";
        return r;
      }
      [[fallthrough]];
    case Resolution::Kind::Namespace:
      r = findIn(p.dirs, tailName(name));
      if (r.kind == Resolution::Kind::NotFound)
        r.why = "no '" + tailName(name) + "' in package '" + parent + "'";
      return r;
    }
    return r;
  }

  // A top-level module of the standard library or an installed package: left to the
  // importer, unless it is Python source named with --include-package.
  Resolution onSysPath(const std::string &name) {
    SystemImporter::Found found = system_.findOnSysPath(name);
    Resolution r;
    if (!found.found) {
      r.why = "not in " + describeRoots() + " nor on the interpreter's sys.path";
      return r;
    }
    bool included = std::count(opts_.includePackages.begin(), opts_.includePackages.end(), name);
    if (included && !found.source.empty()) {
      r.kind = Resolution::Kind::User;
      r.file = found.source;
      r.isPackage = !found.dirs.empty();
      r.dirs = found.dirs;
      return r;
    }
    r.kind = Resolution::Kind::System;
    r.file = found.source;
    r.extension = found.source.empty();
    r.why = included ? "--include-package names it, but it is not Python source"
                     : "the standard library or an installed package";
    return r;
  }

  // Adds what `r` found to the program; returns `r`, or Broken for a module that does not
  // compile and is not required.
  Resolution record(const std::string &name, Resolution r, bool required, bool quietIfMissing) {
    switch (r.kind) {
    case Resolution::Kind::User: {
      SourceModule m;
      m.name = name;
      m.path = r.file;
      m.isPackage = r.isPackage;
      m.dirs = r.dirs;
      try {
        m.ast = opts_.parse(name, r.file);
      } catch (const CompileError &e) {
        CompileError named(e.file(), e.loc(), std::string(e.what()) + " (in module '" + name + "')");
        if (required)
          throw named;
        broken_.emplace(name, named);
        log("module '" + name + "' (" + r.file + "): does not compile (" + e.what() +
            "); importing it raises its " + e.pythonType() +
            ", as only imports that may not run reach it");
        m.error = e;
        modules_.push_back(std::move(m));
        r.kind = Resolution::Kind::Broken;
        return r;
      }
      log("module '" + name + "' (" + r.file + "): compiled" + (r.isPackage ? ", a package" : ""));
      modules_.push_back(std::move(m));
      break;
    }
    case Resolution::Kind::Namespace: {
      SourceModule m;
      m.name = name;
      m.isPackage = true;
      m.dirs = r.dirs;
      modules_.push_back(std::move(m));
      log("module '" + name + "': a namespace package (" + r.dirs.front() + ")");
      break;
    }
    case Resolution::Kind::System:
      if (name.find('.') == std::string::npos)
        log("module '" + name + "': left to the importer: " + r.why);
      break;
    case Resolution::Kind::Excluded:
      log("module '" + name + "': left to the importer: " + r.why);
      break;
    case Resolution::Kind::NotFound:
      if (!quietIfMissing)
        log("module '" + name + "': not found (" + r.why + "); an ImportError at run time");
      break;
    case Resolution::Kind::Broken:
      break;
    case Resolution::Kind::Removed: {
      SourceModule m;
      m.name = name;
      m.path = r.file;
      m.error = CompileError(r.file, {}, "No module named '" + name + "' (" + r.why + ")",
                             "ModuleNotFoundError");
      modules_.push_back(std::move(m));
      log("module '" + name + "': " + r.why + "; importing it raises ModuleNotFoundError");
      break;
    }
    }
    return r;
  }

  std::string describeRoots() const {
    std::string s;
    for (auto &r : roots_)
      s += (s.empty() ? "" : ", ") + r;
    return s;
  }

  const DiscoveryOptions &opts_;
  std::vector<std::string> roots_;
  std::set<std::string> excluded_;
  SystemImporter system_;
  std::map<std::string, Resolution> cache_;
  std::vector<SourceModule> modules_;
  std::vector<CompileError> missing_; // imports that run unconditionally but find nothing
  std::set<std::string> required_;     // modules an always-running import chain reaches
  std::vector<size_t> refollow_;       // modules to follow again, now required
  std::map<std::string, CompileError> broken_; // modules that do not compile
  bool storesSysModules_ = false;
  std::map<std::string, std::vector<std::string>> implicit_; // imports plugins added
};

} // namespace

const char *discoveredKindName(DiscoveredModule::Kind k) {
  switch (k) {
  case DiscoveredModule::Kind::User:
    return "user";
  case DiscoveredModule::Kind::StandardLibrary:
    return "stdlib";
  case DiscoveredModule::Kind::Extension:
    return "extension";
  }
  return "?";
}

std::vector<SourceModule> discoverModules(const DiscoveryOptions &opts) {
  return Discovery(opts).run();
}

} // namespace pylc
