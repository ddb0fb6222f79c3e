// The stages of one compilation, in order, as the `pylc` command runs them.
#pragma once

#include "ir/IR.h"

#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace llvm {
class LLVMContext;
class Module;
} // namespace llvm

namespace pylc {

struct CompileOptions {
  std::string input;            // the script as given on the command line
  int optLevel = 2;             // PIR and LLVM optimisation level, 0..3
  std::string triple;           // empty: the host
  std::vector<std::string> printAfter; // PIR passes to print after
  bool verbose = false;         // print each stage and its time to stderr
};

// Runs the stages and keeps what they produce. Every method throws CompileError for bad
// input, and VerifierError when a pass breaks the IR.
class Compiler {
public:
  explicit Compiler(CompileOptions opts);
  ~Compiler();

  const std::string &absolutePath() const { return path_; }

  void parse();                      // source → AST, then constant folding
  void printAST(std::ostream &os) const;
  void lower();                      // AST → PIR, then the PIR pass pipeline
  const ir::Module &pir() const { return *pir_; }
  // PIR → LLVM IR for the target; `emitMain` adds the executable's main().
  std::unique_ptr<llvm::Module> codegen(llvm::LLVMContext &ctx, bool emitMain);

  // Times `fn` as stage `name` when verbose.
  void stage(const std::string &name, const std::function<void()> &fn) const;

private:
  CompileOptions opts_;
  std::string path_;
  std::unique_ptr<struct ParsedModule> ast_;
  std::unique_ptr<ir::Module> pir_;
};

} // namespace pylc
