// The stages of one compilation, in order, as the `pylc` command runs them.
#pragma once

#include "frontend/ModuleGraph.h"
#include "ir/IR.h"
#include "llvm-backend/CodeGen.h"
#include "lowering/PassManager.h"

#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace llvm {
class LLVMContext;
class Module;
} // namespace llvm

namespace pylc {

class PluginHost;

struct CompileOptions {
  std::string input;            // the script as given on the command line, or
  std::string mainModule;       // `-m NAME`: the module or package run as __main__
  int optLevel = 2;             // PIR and LLVM optimisation level, 0..3
  std::string triple;           // empty: the host
  std::vector<std::string> printAfter; // PIR passes to print after
  bool verbose = false;         // print each stage and its time to stderr
  std::vector<std::string> searchPaths;    // --path: where user modules are looked for
  std::vector<std::string> includeModules; // --include-module
  std::vector<std::string> excludeModules; // --exclude-module
  std::vector<std::string> includePackages; // --include-package
  // Extension modules linked into the program (PyInit_<name> of its native inputs): imports
  // of them are left to the runtime, and main() registers them as built-in modules.
  std::vector<std::string> builtinModules;
  // --passes: run these PIR passes, in this order, instead of the -O level's pipeline
  std::optional<std::vector<std::string>> passes;
  std::vector<std::string> plugins;    // --plugin NAME|path.so|path.py
  std::vector<std::string> pluginArgs; // --plugin-arg NAME:KEY=VALUE
};

// Whether the input is PIR text (a `.pir` file) rather than Python source.
bool isPIRInput(const std::string &path);

// Runs the stages and keeps what they produce. Every method throws CompileError for bad
// input, and VerifierError when a pass breaks the IR.
class Compiler {
public:
  explicit Compiler(CompileOptions opts);
  ~Compiler();
  // The loaded plugins, whose hooks the stages call (null or empty: none).
  // Setting them drops the pipeline built so far (it may hold the previous plugins' passes).
  void setPlugins(PluginHost *plugins) {
    plugins_ = plugins;
    pipeline_.reset();
  }

  const std::string &absolutePath() const { return path_; }
  // The built-in modules main() registers: the extension modules and, when the program
  // imports it, the runtime's `pylc` module (after discover()).
  const std::vector<std::string> &builtinModules() const { return opts_.builtinModules; }
  // The extension modules of the program's native inputs (before discover()).
  void setBuiltinModules(std::vector<std::string> names) {
    opts_.builtinModules = std::move(names);
  }

  void parse();                      // the main script: source → AST, constant folding
  void discover();                   // the whole program: the main script and its imports
  void loadPIR();                    // a `.pir` input: its module, parsed and verified
  void printAST(std::ostream &os) const;
  void lower();                      // AST → PIR, then the PIR pass pipeline, per module
  // The same for module `i` alone; independent modules may be lowered in parallel, once
  // checkPassOptions() has accepted the options.
  void lowerModule(size_t i);
  void checkPassOptions() const;
  bool printsPIR() const { return !opts_.printAfter.empty(); }
  const ir::Module &pir() const { return *units_.front().pir; }

  // The modules with code (the main script first); namespace packages have none.
  size_t moduleCount() const { return units_.size(); }
  const ir::Module &pirOf(size_t i) const { return *units_[i].pir; }
  // PIR → LLVM IR of module `i` for the target; `emitMain` adds the executable's main(),
  // which registers the program's other modules (`i` must be 0, the main script).
  std::unique_ptr<llvm::Module> codegen(llvm::LLVMContext &ctx, bool emitMain, size_t i = 0);
  // The program's modules besides the main script, as main() registers them.
  const std::vector<backend::ProgramModule> &programModules() const { return program_; }
  // With `-m`: the spec __main__ runs as (empty otherwise).
  const std::string &mainSpec() const { return units_.front().source.specName; }

  // Times `fn` as stage `name` when verbose.
  void stage(const std::string &name, const std::function<void()> &fn) const;

private:
  CompileOptions opts_;
  std::unique_ptr<ast::Module> parseFile(const std::string &name, const std::string &path) const;
  // The PIR pipeline, plugin passes included: built once, shared by every module.
  const PassManager &pipeline() const;
  std::string inputStage() const; // "lower", or "input" for a `.pir` input

  struct Unit {
    SourceModule source;
    std::unique_ptr<ir::Module> pir;
  };
  PluginHost *plugins_ = nullptr;
  mutable std::unique_ptr<PassManager> pipeline_;
  std::string path_;
  std::vector<Unit> units_;
  std::vector<backend::ProgramModule> program_;
};

} // namespace pylc
