// PIR → LLVM IR. Each PIR module becomes one LLVM module holding a native function per
// PIR function, their descriptors (pylc_funcdesc), the module's constant table and the
// module exec entry point `pylc_exec_<name>` (see runtime/pylc_runtime.h).
#pragma once

#include "ir/IR.h"

#include <memory>
#include <string>
#include <vector>

namespace llvm {
class LLVMContext;
class Module;
} // namespace llvm

namespace pylc::backend {

// A module compiled into the same program, registered by main() with the runtime's finder
// (a pylc_module_entry).
struct ProgramModule {
  std::string name;       // dotted name
  std::string file;       // source path as built; empty for a namespace package
  std::string path;       // a package's __path__, one directory per line; empty otherwise
  bool hasBody = true;    // false for a namespace package (no exec function)
  std::string execOf;     // the module whose exec function runs it, if not `name`
  // A module that does not compile: importing it raises this SyntaxError (a
  // pylc_syntax_error); `type` empty for a module that compiled.
  struct SyntaxError {
    std::string type, message, text; // text: the source line, as SyntaxError.text
    int line = 0, offset = 0, endLine = 0, endOffset = 0; // 1-based, characters
  } error;
};

struct CodeGenOptions {
  std::string triple;      // the module's target triple
  std::string dataLayout;  // the target machine's data layout
  bool emitMain = false;   // also emit `int main(argc, argv)` running the module as __main__
  std::vector<ProgramModule> programModules; // with emitMain: the program's other modules
  std::string mainModule, mainSpec; // with emitMain: `-m mainModule` runs spec mainSpec
  // With emitMain: extension modules linked into the program (C files defining
  // PyInit_<name>), registered as built-in modules; main() refers to each PyInit_<name>.
  std::vector<std::string> builtinModules;
};

std::unique_ptr<llvm::Module> generateLLVM(const ir::Module &m, llvm::LLVMContext &ctx,
                                           const CodeGenOptions &opts);

// The symbol of a module's exec entry point, a pylc_module_exec.
std::string moduleExecSymbol(const ir::Module &m);
std::string moduleExecSymbol(const std::string &moduleName);

} // namespace pylc::backend
