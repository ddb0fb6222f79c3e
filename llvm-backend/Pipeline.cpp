#include "llvm-backend/Pipeline.h"

#include "frontend/Diagnostics.h"

#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/TargetParser/Triple.h"

#include <algorithm>

namespace pylc::backend {

void adoptTarget(llvm::Module &M, llvm::TargetMachine &TM) {
  if (M.getTargetTriple().empty())
    M.setTargetTriple(TM.getTargetTriple().str());
  if (M.getDataLayoutStr().empty())
    M.setDataLayout(TM.createDataLayout());
}

void verifyModuleOrThrow(llvm::Module &M) {
  std::string problems;
  llvm::raw_string_ostream os(problems);
  if (llvm::verifyModule(M, &os))
    throw CompileError("", {},
                       "internal error: invalid LLVM IR in module '" + M.getModuleIdentifier() +
                           "': " + os.str());
}

static llvm::OptimizationLevel optimizationLevel(int optLevel) {
  switch (std::clamp(optLevel, 1, 3)) {
  case 1:
    return llvm::OptimizationLevel::O1;
  case 2:
    return llvm::OptimizationLevel::O2;
  default:
    return llvm::OptimizationLevel::O3;
  }
}

void optimizeModule(llvm::Module &M, llvm::TargetMachine &TM, int optLevel,
                    const PipelineHooks &hooks) {
  adoptTarget(M, TM);
  // LLVM's passes assume valid IR and may crash on anything else.
  verifyModuleOrThrow(M);

  llvm::LoopAnalysisManager LAM;
  llvm::FunctionAnalysisManager FAM;
  llvm::CGSCCAnalysisManager CGAM;
  llvm::ModuleAnalysisManager MAM;

  llvm::PipelineTuningOptions PTO;
  PTO.LoopUnrolling = optLevel >= 2;
  PTO.LoopVectorization = optLevel >= 2;
  PTO.SLPVectorization = optLevel >= 2;
  llvm::PassBuilder PB(&TM, PTO);
  for (const auto &hook : hooks.registerCallbacks)
    hook(PB);

  // Register the target's library info first: the first registration of an analysis wins, and
  // the default one would not know which C library functions the target has.
  llvm::TargetLibraryInfoImpl TLII(llvm::Triple(M.getTargetTriple()));
  FAM.registerPass([&] { return llvm::TargetLibraryAnalysis(TLII); });
  PB.registerModuleAnalyses(MAM);
  PB.registerCGSCCAnalyses(CGAM);
  PB.registerFunctionAnalyses(FAM); // includes TM's TargetIRAnalysis
  PB.registerLoopAnalyses(LAM);
  PB.crossRegisterProxies(LAM, FAM, CGAM, MAM);

  llvm::ModulePassManager MPM = optLevel <= 0
                                    ? PB.buildO0DefaultPipeline(llvm::OptimizationLevel::O0)
                                    : PB.buildPerModuleDefaultPipeline(optimizationLevel(optLevel));
  MPM.run(M, MAM);
}

} // namespace pylc::backend
