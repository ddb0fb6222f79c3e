// The pylc plugin API: what a plugin implements, and the one C entry point pylc finds it by.
//
// A C++ plugin is a shared library holding a pylc::Plugin subclass and the entry point
// PYLC_PLUGIN declares. pylc loads it with dlopen (`--plugin path.so`), checks the API
// version the plugin was built against, creates one instance and calls its hooks, in this
// order for each compilation (plugins in the order they were given):
//
//   onLoad                once, before anything is read
//   onModuleDiscovered    each module the import graph reaches (user, stdlib, extension)
//   onModuleSourceCode    each compiled module's source, before parsing
//   onModuleEncounter     each compiled module's AST, after constant folding
//   onFunctionBody        each function's PIR, right after lowering
//   registerPasses        once: PIR passes before/after named built-in passes
//   registerLLVMPasses    for each module's LLVM pipeline: extension-point callbacks
//   onLink                once, before lld runs (`pylc build` of an executable)
//   onBuildFinished       once, with the result
//
// Hooks are never called concurrently (pylc serialises them), but the modules of a program
// are compiled in parallel, so the hooks of different modules may interleave; a module's
// own hooks come in the order above. The verifier runs on every function after each
// onFunctionBody and after each plugin pass: a plugin that leaves invalid PIR is an error
// naming the plugin and the hook. A hook reports failure by throwing (PluginError or any
// std::exception): pylc prints one error naming the plugin and the hook and writes no output.
//
// The C++ types cross the boundary as they are, so a plugin must be built with the same
// compiler, standard library and pylc headers as pylc (as LLVM plugins are); the version
// check catches a plugin built against another API version.
#pragma once

#include "frontend/AST.h"
#include "frontend/ModuleGraph.h"
#include "ir/Builder.h"
#include "ir/IR.h"
#include "ir/Mutation.h"
#include "ir/Printer.h"
#include "lowering/PassManager.h"

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace llvm {
class PassBuilder;
} // namespace llvm

// Bumped whenever a type or hook below changes.
#define PYLC_PLUGIN_API_VERSION 1

namespace pylc {

// A failure a plugin reports; the message is shown as it is.
class PluginError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// A module being compiled.
struct ModuleRef {
  std::string name; // dotted; "__main__" for the main script
  std::string file; // absolute source path
};

// Where a plugin's PIR passes go in the pipeline: before or after a named pass (see
// `pylc passes`; "lower" is the input, so addAfter("lower", ...) runs first). An anchor that
// is not in the pipeline is an error naming the plugin.
class PassRegistrar {
public:
  virtual ~PassRegistrar() = default;
  virtual void addBefore(const std::string &anchor, std::unique_ptr<Pass> pass) = 0;
  virtual void addAfter(const std::string &anchor, std::unique_ptr<Pass> pass) = 0;
};

// What the linker is given; onLink may add to it.
struct LinkInputs {
  std::string triple;
  std::string output;
  std::vector<std::string> objects;      // object files and archives, in link order
  std::vector<std::string> libraries;    // -l names
  std::vector<std::string> libraryPaths; // -L directories
};

// What the compilation produced.
struct BuildResult {
  std::string output; // the file written ("-" for stdout); empty for `pylc run`
  std::string emit;   // exe, obj, asm, llvm, pir, ast, or jit
  uint64_t size = 0;  // bytes written (0 for stdout and jit)
};

// What pylc offers a plugin.
class PluginContext {
public:
  virtual ~PluginContext() = default;
  virtual int optLevel() const = 0;
  virtual const std::string &triple() const = 0; // the target
  // `--plugin-arg NAME:KEY=VALUE` (and `NAME:KEY`, value "1"); "" if not given.
  virtual std::string argument(const std::string &key) const = 0;
  // Compiles module `name` into the program too, as --include-module would (call it from
  // onLoad or onModuleDiscovered).
  virtual void addModule(const std::string &name) = 0;
  // Looks for the program's modules in `dir` too, after --path (call it from onLoad).
  virtual void addSearchPath(const std::string &dir) = 0;
  // Where the plugins that come with pylc live (`--plugin NAME` looks there).
  virtual const std::string &pluginDirectory() const = 0;
  // A line for `pylc -v`.
  virtual void log(const std::string &line) = 0;
};

class Plugin {
public:
  virtual ~Plugin() = default;

  virtual void onLoad(PluginContext &context) {}
  // May set `module.exclude` (and `module.why`) or add `module.implicitImports`.
  virtual void onModuleDiscovered(DiscoveredModule &module) {}
  // May change `source` (the file's bytes); returns whether it did.
  virtual bool onModuleSourceCode(const ModuleRef &module, std::string &source) { return false; }
  // May rewrite the AST in place (`source` is what it was parsed from).
  virtual void onModuleEncounter(const ModuleRef &module, ast::Module &tree,
                                 const std::string &source) {}
  // May read and rewrite the function (ir/Mutation.h, ir/Builder.h).
  virtual void onFunctionBody(const ModuleRef &module, ir::Function &function) {}
  virtual void registerPasses(PassRegistrar &passes) {}
  // Register callbacks at the new pass manager's extension points
  // (registerPipelineStartEPCallback, registerVectorizerStartEPCallback,
  // registerOptimizerLastEPCallback, ...). Called once per LLVM module.
  virtual void registerLLVMPasses(llvm::PassBuilder &builder, int optLevel) {}
  virtual void onLink(LinkInputs &link) {}
  virtual void onBuildFinished(const BuildResult &result) {}
};

} // namespace pylc

extern "C" {
// What the entry point returns: static data of the plugin.
struct pylc_plugin_info {
  uint32_t api_version; // PYLC_PLUGIN_API_VERSION when the plugin was built
  const char *name;
  const char *description;
  pylc::Plugin *(*create)(void); // a new instance, owned by pylc
};
}

// The one symbol pylc looks up in a plugin library.
#define PYLC_PLUGIN_ENTRY_SYMBOL "pylc_plugin_entry"

// Declares the entry point of a plugin library: PYLC_PLUGIN(MyPlugin, "name", "what it does").
#define PYLC_PLUGIN(CLASS, NAME, DESCRIPTION)                                                      \
  extern "C" __attribute__((visibility("default"))) const pylc_plugin_info *pylc_plugin_entry(     \
      void) {                                                                                      \
    static const pylc_plugin_info info = {PYLC_PLUGIN_API_VERSION, NAME, DESCRIPTION,              \
                                          []() -> pylc::Plugin * { return new CLASS(); }};         \
    return &info;                                                                                  \
  }
