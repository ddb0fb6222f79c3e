// Loading plugins and calling their hooks: the driver owns one PluginHost per compilation
// and calls it between stages. Every call names the plugin and the hook when it fails, and
// checks what the hook left behind (PIR is verified after every hook and pass that may
// change it).
#pragma once

#include "pylc/Plugin.h"

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace pylc {

// One plugin available to `--plugin NAME`: a file in pylc's plugin directory.
struct AvailablePlugin {
  std::string name, description, path;
};

class PluginHost : public PluginContext {
public:
  // `pluginDir`: where `--plugin NAME` looks (NAME.so, NAME.py).
  PluginHost(std::string pluginDir, int optLevel, std::string triple);
  ~PluginHost() override;

  // Loads `spec`: a NAME from the plugin directory, a path to a .so, or a path to a .py.
  // Throws CompileError (missing, not a plugin, wrong API version, a failing onLoad).
  void load(const std::string &spec);
  // `NAME:KEY=VALUE` for PluginContext::argument.
  void addArgument(const std::string &arg);
  bool empty() const { return plugins_.empty(); }
  // The names of the loaded plugins, in order.
  std::vector<std::string> names() const;
  // What the plugin directory offers (each loaded to read its name and description).
  std::vector<AvailablePlugin> available();

  // Modules plugins asked for (PluginContext::addModule), for --include-module.
  const std::vector<std::string> &addedModules() const { return addedModules_; }
  // Directories plugins asked to search (PluginContext::addSearchPath), for --path.
  const std::vector<std::string> &addedSearchPaths() const { return addedSearchPaths_; }
  void setLog(std::function<void(const std::string &)> log) { log_ = std::move(log); }

  // The hooks, in compilation order.
  void moduleDiscovered(DiscoveredModule &module);
  void moduleSourceCode(const ModuleRef &module, std::string &source);
  void moduleEncounter(const ModuleRef &module, ast::Module &tree, const std::string &source);
  void functionBodies(const ModuleRef &module, ir::Module &pir);
  // Adds every plugin's PIR passes to `pm`, each run under the host's checks.
  void registerPasses(PassManager &pm);
  void registerLLVMPasses(llvm::PassBuilder &builder, int optLevel);
  void link(LinkInputs &link);
  void buildFinished(const BuildResult &result);

  // PluginContext
  int optLevel() const override { return optLevel_; }
  const std::string &triple() const override { return triple_; }
  std::string argument(const std::string &key) const override;
  void addModule(const std::string &name) override;
  void addSearchPath(const std::string &dir) override;
  const std::string &pluginDirectory() const override { return pluginDir_; }
  void log(const std::string &line) override;

  struct Loaded; // a loaded plugin

private:
  // Runs `fn` as hook `hook` of plugin `p`: serialised, failures turned into one error.
  void call(Loaded &p, const char *hook, const std::function<void()> &fn);
  std::unique_ptr<Loaded> loadLibrary(const std::string &path, const std::string &spec);
  std::string resolve(const std::string &spec) const;

  std::string pluginDir_;
  int optLevel_;
  std::string triple_;
  std::vector<std::unique_ptr<Loaded>> plugins_;
  Loaded *current_ = nullptr; // the plugin whose hook runs (for argument())
  std::multimap<std::string, std::pair<std::string, std::string>> arguments_;
  std::vector<std::string> addedModules_, addedSearchPaths_;
  std::function<void(const std::string &)> log_;
  std::recursive_mutex mutex_;
};

} // namespace pylc
