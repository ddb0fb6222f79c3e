// rename-calls: an example pylc plugin. A PIR pass, placed after simplify-cfg, makes every
// call of the global function FROM call TO instead (`--plugin-arg rename-calls:from=FROM`,
// `--plugin-arg rename-calls:to=TO`); an LLVM pass at the end of the optimiser counts the
// functions it sees; onBuildFinished reports both with `pylc -v`.
#include "pylc/Plugin.h"

#include "llvm/IR/Module.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Passes/PassBuilder.h"

#include <atomic>

namespace {

std::atomic<unsigned> renamedCalls{0}, llvmFunctions{0};

class RenamePass : public pylc::Pass {
public:
  RenamePass(std::string from, std::string to) : from_(std::move(from)), to_(std::move(to)) {}
  const char *name() const override { return "rename-calls"; }
  const char *description() const override { return "call one global function for another"; }
  void run(pylc::ir::Module &m) override {
    using pylc::ir::Opcode;
    for (auto &f : m.functions())
      for (auto &b : f->blocks())
        for (auto &i : b->instrs()) {
          // `%f = global.load "FROM"` used as a call's callee becomes a load of TO.
          if (i->opcode() != Opcode::Call)
            continue;
          auto *load = llvm::dyn_cast<pylc::ir::Instr>(i->operand(0));
          if (load && load->opcode() == Opcode::GlobalLoad && load->name == from_) {
            load->name = to_;
            ++renamedCalls;
          }
        }
  }

private:
  std::string from_, to_;
};

struct CountFunctions : llvm::PassInfoMixin<CountFunctions> {
  llvm::PreservedAnalyses run(llvm::Module &m, llvm::ModuleAnalysisManager &) {
    for (auto &f : m)
      llvmFunctions += !f.isDeclaration();
    return llvm::PreservedAnalyses::all();
  }
};

class RenameCalls : public pylc::Plugin {
public:
  void onLoad(pylc::PluginContext &context) override {
    context_ = &context;
    from_ = context.argument("from");
    to_ = context.argument("to");
    if (from_.empty() != to_.empty())
      throw pylc::PluginError("give both from= and to= (or neither)");
  }
  void registerPasses(pylc::PassRegistrar &passes) override {
    if (!from_.empty())
      passes.addAfter("simplify-cfg", std::make_unique<RenamePass>(from_, to_));
  }
  void registerLLVMPasses(llvm::PassBuilder &pb, int) override {
    pb.registerOptimizerLastEPCallback([](llvm::ModulePassManager &mpm, llvm::OptimizationLevel) {
      mpm.addPass(CountFunctions());
    });
  }
  void onBuildFinished(const pylc::BuildResult &result) override {
    context_->log("renamed " + std::to_string(renamedCalls) + " calls; LLVM optimised " +
                  std::to_string(llvmFunctions) + " functions; wrote " + result.emit);
  }

private:
  pylc::PluginContext *context_ = nullptr;
  std::string from_, to_;
};

} // namespace

PYLC_PLUGIN(RenameCalls, "rename-calls", "call one global function for another (an example)")
