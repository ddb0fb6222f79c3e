// The LLVM optimisation pipeline (new pass manager) run on every module before emission.
#pragma once

#include <functional>
#include <vector>

namespace llvm {
class Module;
class PassBuilder;
class TargetMachine;
} // namespace llvm

namespace pylc::backend {

// Extension points for plugins. Each callback gets the PassBuilder before the pipeline is
// built, so it can register extension-point callbacks (registerPipelineStartEPCallback,
// registerOptimizerLastEPCallback, ...) or parsing callbacks.
struct PipelineHooks {
  std::vector<std::function<void(llvm::PassBuilder &)>> registerCallbacks;
};

// Runs LLVM's default per-module pipeline at `optLevel` (0 = buildO0DefaultPipeline, 1..3 =
// O1..O3; clamped) with `TM`'s analyses. A module without a triple or data layout gets
// `TM`'s. Throws CompileError if the module does not verify (an internal error).
void optimizeModule(llvm::Module &M, llvm::TargetMachine &TM, int optLevel,
                    const PipelineHooks &hooks = {});

// Gives `M` the triple and data layout of `TM` where it has none.
void adoptTarget(llvm::Module &M, llvm::TargetMachine &TM);

// Throws CompileError("internal error: invalid LLVM IR ...") if `M` is broken.
void verifyModuleOrThrow(llvm::Module &M);

} // namespace pylc::backend
