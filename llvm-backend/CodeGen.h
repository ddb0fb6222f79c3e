// PIR → LLVM IR. Each PIR module becomes one LLVM module holding a native function per
// PIR function, their descriptors (pylc_funcdesc), the module's constant table and the
// module exec entry point `pylc_exec_<name>` (see runtime/pylc_runtime.h).
#pragma once

#include "ir/IR.h"

#include <memory>
#include <string>

namespace llvm {
class LLVMContext;
class Module;
} // namespace llvm

namespace pylc::backend {

struct CodeGenOptions {
  std::string triple;      // the module's target triple
  std::string dataLayout;  // the target machine's data layout
  bool emitMain = false;   // also emit `int main(argc, argv)` running the module as __main__
};

std::unique_ptr<llvm::Module> generateLLVM(const ir::Module &m, llvm::LLVMContext &ctx,
                                           const CodeGenOptions &opts);

// The symbol of a module's exec entry point, a pylc_module_exec.
std::string moduleExecSymbol(const ir::Module &m);

} // namespace pylc::backend
