#include "plugins/PluginHost.h"

#include "plugins/PythonPlugin.h"

#include "frontend/Diagnostics.h"
#include "ir/Verifier.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <dlfcn.h>

namespace pylc {

struct PluginHost::Loaded {
  std::string name, description, path;
  void *handle = nullptr; // dlopen handle of a C++ plugin
  std::unique_ptr<Plugin> plugin;
  ~Loaded() {
    plugin.reset(); // its code lives in the library
    if (handle)
      dlclose(handle);
  }
};

namespace {

// An error that names its plugin already (hooks nest: a plugin pass runs inside the host).
class NamedPluginError : public CompileError {
public:
  using CompileError::CompileError;
};

NamedPluginError pluginError(const std::string &plugin, const std::string &message) {
  return NamedPluginError("", {}, "plugin '" + plugin + "': " + message);
}

std::string verifierReport(const std::vector<std::string> &errors) {
  std::string msg;
  for (auto &e : errors)
    msg += "\n  " + e;
  return msg;
}

// A plugin's PIR pass, run under the host: serialised, its failures and the invalid PIR it
// leaves named after the plugin.
class PluginPass : public Pass {
public:
  PluginPass(std::unique_ptr<Pass> inner, std::string plugin,
             std::function<void(const char *, const std::function<void()> &)> call)
      : inner_(std::move(inner)), plugin_(std::move(plugin)), call_(std::move(call)),
        description_(std::string(inner_->description()) + " (plugin " + plugin_ + ")") {}
  const char *name() const override { return inner_->name(); }
  const char *description() const override { return description_.c_str(); }
  void run(ir::Module &m) override {
    std::string hook = std::string("pass '") + inner_->name() + "'";
    call_(hook.c_str(), [&] { inner_->run(m); });
    auto errors = ir::verifyModule(m);
    if (!errors.empty())
      throw pluginError(plugin_, "left invalid PIR in " + hook + ":" + verifierReport(errors));
  }

private:
  std::unique_ptr<Pass> inner_;
  std::string plugin_;
  std::function<void(const char *, const std::function<void()> &)> call_;
  std::string description_;
};

} // namespace

PluginHost::PluginHost(std::string pluginDir, int optLevel, std::string triple)
    : pluginDir_(std::move(pluginDir)), optLevel_(optLevel), triple_(std::move(triple)) {}

PluginHost::~PluginHost() = default;

std::string PluginHost::resolve(const std::string &spec) const {
  llvm::StringRef s(spec);
  if (s.ends_with(".so") || s.ends_with(".py") || s.contains('/')) {
    if (!llvm::sys::fs::exists(spec))
      throw pluginError(spec, "no such file");
    llvm::SmallString<256> path(spec);
    llvm::sys::fs::make_absolute(path);
    llvm::sys::path::remove_dots(path, /*remove_dot_dot=*/true);
    return std::string(path);
  }
  for (const char *ext : {".so", ".py"}) {
    llvm::SmallString<256> path(pluginDir_);
    llvm::sys::path::append(path, spec + ext);
    if (llvm::sys::fs::exists(path))
      return std::string(path);
  }
  throw pluginError(spec, "not found (not a file, and no " + spec + ".so or " + spec + ".py in " +
                              pluginDir_ + "; see `pylc plugins`)");
}

std::unique_ptr<PluginHost::Loaded> PluginHost::loadLibrary(const std::string &path,
                                                            const std::string &spec) {
  auto p = std::make_unique<Loaded>();
  p->path = path;
  p->name = spec;
  p->handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!p->handle)
    throw pluginError(spec, std::string("cannot be loaded: ") + dlerror());
  using Entry = const pylc_plugin_info *(*)();
  auto entry = reinterpret_cast<Entry>(dlsym(p->handle, PYLC_PLUGIN_ENTRY_SYMBOL));
  if (!entry)
    throw pluginError(spec, "'" + path + "' is not a pylc plugin (it has no " +
                                PYLC_PLUGIN_ENTRY_SYMBOL + " function; see PYLC_PLUGIN)");
  const pylc_plugin_info *info = entry();
  if (!info || info->api_version != PYLC_PLUGIN_API_VERSION)
    throw pluginError(spec, "built for plugin API version " +
                                std::to_string(info ? info->api_version : 0) +
                                ", but this pylc has version " +
                                std::to_string(PYLC_PLUGIN_API_VERSION) + " (rebuild it)");
  if (!info->name || !*info->name || !info->create)
    throw pluginError(spec, "its pylc_plugin_info has no name or no create function");
  p->name = info->name;
  p->description = info->description ? info->description : "";
  call(*p, "create", [&] { p->plugin.reset(info->create()); });
  if (!p->plugin)
    throw pluginError(p->name, "create returned no plugin");
  return p;
}

void PluginHost::load(const std::string &spec) {
  std::string path = resolve(spec);
  std::unique_ptr<Loaded> p;
  if (llvm::StringRef(path).ends_with(".py")) {
    p = std::make_unique<Loaded>();
    p->path = path;
    p->name = std::string(llvm::sys::path::stem(path));
    call(*p, "load", [&] { p->plugin = createPythonPlugin(path, p->name, p->description); });
  } else {
    p = loadLibrary(path, spec);
  }
  for (auto &q : plugins_)
    if (q->name == p->name) {
      if (q->path == p->path)
        return; // named twice (say on the command line and in the script): once is enough
      throw pluginError(p->name, "loaded twice, from " + q->path + " and " + p->path);
    }
  Loaded &loaded = *p;
  plugins_.push_back(std::move(p));
  call(loaded, "onLoad", [&] { loaded.plugin->onLoad(*this); });
}

void PluginHost::addArgument(const std::string &arg) {
  size_t colon = arg.find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == arg.size())
    throw CompileError("", {}, "--plugin-arg '" + arg + "' is not NAME:KEY[=VALUE]");
  std::string rest = arg.substr(colon + 1);
  size_t eq = rest.find('=');
  arguments_.emplace(
      arg.substr(0, colon),
      std::make_pair(rest.substr(0, eq), eq == std::string::npos ? "1" : rest.substr(eq + 1)));
}

std::vector<std::string> PluginHost::names() const {
  std::vector<std::string> names;
  for (auto &p : plugins_)
    names.push_back(p->name);
  return names;
}

std::vector<AvailablePlugin> PluginHost::available() {
  std::vector<AvailablePlugin> found;
  std::error_code ec;
  for (llvm::sys::fs::directory_iterator it(pluginDir_, ec), end; !ec && it != end;
       it.increment(ec)) {
    llvm::StringRef path = it->path();
    if (!path.ends_with(".so") && !path.ends_with(".py"))
      continue;
    AvailablePlugin a;
    a.name = std::string(llvm::sys::path::stem(path));
    a.path = std::string(path);
    try {
      PluginHost probe(pluginDir_, optLevel_, triple_);
      std::string spec = a.path;
      if (path.ends_with(".so")) {
        auto p = probe.loadLibrary(spec, a.name);
        a.description = p->description;
      } else {
        std::string name = a.name;
        createPythonPlugin(spec, name, a.description);
      }
    } catch (const std::exception &e) {
      a.description = std::string("(cannot be loaded: ") + e.what() + ")";
    }
    found.push_back(std::move(a));
  }
  std::sort(found.begin(), found.end(),
            [](const AvailablePlugin &a, const AvailablePlugin &b) { return a.name < b.name; });
  return found;
}

void PluginHost::call(Loaded &p, const char *hook, const std::function<void()> &fn) {
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  struct Restore {
    Loaded *&slot, *saved;
    ~Restore() { slot = saved; }
  } restore{current_, current_};
  current_ = &p;
  try {
    fn();
  } catch (const NamedPluginError &) {
    throw;
  } catch (const std::exception &e) {
    throw pluginError(p.name, std::string(hook) + " failed: " + e.what());
  } catch (...) {
    throw pluginError(p.name, std::string(hook) + " failed (threw a non-standard exception)");
  }
}

void PluginHost::moduleDiscovered(DiscoveredModule &module) {
  for (auto &p : plugins_) {
    call(*p, "onModuleDiscovered", [&] { p->plugin->onModuleDiscovered(module); });
    if ((module.exclude || module.remove) && module.why.empty())
      module.why = std::string(module.remove ? "removed" : "excluded") + " by plugin '" +
                   p->name + "'";
  }
}

void PluginHost::moduleSourceCode(const ModuleRef &module, std::string &source) {
  for (auto &p : plugins_)
    call(*p, "onModuleSourceCode", [&] { p->plugin->onModuleSourceCode(module, source); });
}

void PluginHost::moduleEncounter(const ModuleRef &module, ast::Module &tree,
                                 const std::string &source) {
  for (auto &p : plugins_)
    call(*p, "onModuleEncounter", [&] { p->plugin->onModuleEncounter(module, tree, source); });
}

void PluginHost::functionBodies(const ModuleRef &module, ir::Module &pir) {
  for (auto &p : plugins_)
    for (size_t i = 0; i < pir.functions().size(); ++i) {
      ir::Function &f = *pir.functions()[i];
      call(*p, "onFunctionBody", [&] { p->plugin->onFunctionBody(module, f); });
      auto errors = ir::verifyFunction(f);
      if (!errors.empty())
        throw pluginError(p->name, "left invalid PIR in onFunctionBody(@" + f.id() +
                                       ") of module '" + module.name +
                                       "':" + verifierReport(errors));
    }
}

namespace {
class Registrar : public PassRegistrar {
public:
  Registrar(PassManager &pm, const std::string &plugin,
            std::function<void(const char *, const std::function<void()> &)> call)
      : pm_(pm), plugin_(plugin), call_(std::move(call)) {}
  void addBefore(const std::string &anchor, std::unique_ptr<Pass> pass) override {
    if (anchor == "lower" || !pm_.insertBefore(anchor, wrap(std::move(pass))))
      throw noAnchor(anchor);
  }
  void addAfter(const std::string &anchor, std::unique_ptr<Pass> pass) override {
    if (anchor == "lower") {
      pm_.insertFirst(wrap(std::move(pass)));
      return;
    }
    if (!pm_.insertAfter(anchor, wrap(std::move(pass))))
      throw noAnchor(anchor);
  }

private:
  std::unique_ptr<Pass> wrap(std::unique_ptr<Pass> pass) {
    if (!pass)
      throw PluginError("registerPasses added a null pass");
    return std::make_unique<PluginPass>(std::move(pass), plugin_, call_);
  }
  PluginError noAnchor(const std::string &anchor) {
    return PluginError("no pass '" + anchor +
                       "' in this pipeline to place a pass at (see `pylc passes`)");
  }
  PassManager &pm_;
  const std::string &plugin_;
  std::function<void(const char *, const std::function<void()> &)> call_;
};
} // namespace

void PluginHost::registerPasses(PassManager &pm) {
  for (auto &p : plugins_) {
    Loaded *loaded = p.get();
    Registrar r(pm, p->name, [this, loaded](const char *hook, const std::function<void()> &fn) {
      call(*loaded, hook, fn);
    });
    call(*p, "registerPasses", [&] { p->plugin->registerPasses(r); });
  }
}

void PluginHost::registerLLVMPasses(llvm::PassBuilder &builder, int optLevel) {
  for (auto &p : plugins_)
    call(*p, "registerLLVMPasses", [&] { p->plugin->registerLLVMPasses(builder, optLevel); });
}

void PluginHost::link(LinkInputs &link) {
  for (auto &p : plugins_)
    call(*p, "onLink", [&] { p->plugin->onLink(link); });
}

void PluginHost::buildFinished(const BuildResult &result) {
  for (auto &p : plugins_)
    call(*p, "onBuildFinished", [&] { p->plugin->onBuildFinished(result); });
}

std::string PluginHost::argument(const std::string &key) const {
  if (!current_)
    return "";
  auto range = arguments_.equal_range(current_->name);
  std::string value;
  for (auto it = range.first; it != range.second; ++it)
    if (it->second.first == key)
      value = it->second.second; // the last one given wins
  return value;
}

void PluginHost::addModule(const std::string &name) {
  if (std::find(addedModules_.begin(), addedModules_.end(), name) == addedModules_.end())
    addedModules_.push_back(name);
}

void PluginHost::addSearchPath(const std::string &dir) {
  if (std::find(addedSearchPaths_.begin(), addedSearchPaths_.end(), dir) ==
      addedSearchPaths_.end())
    addedSearchPaths_.push_back(dir);
}

void PluginHost::log(const std::string &line) {
  if (log_)
    log_((current_ ? "plugin " + current_->name + ": " : std::string()) + line);
}

} // namespace pylc
