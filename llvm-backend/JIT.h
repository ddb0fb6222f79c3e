// Running compiled modules in the pylc process with ORC's LLJIT (`pylc run`).
#pragma once

#include "llvm-backend/Pipeline.h"

#include <memory>
#include <string>

namespace llvm {
class LLVMContext;
class Module;
class TargetMachine;
namespace orc {
class LLJIT;
} // namespace orc
} // namespace llvm

namespace pylc::backend {

class JITSession {
public:
  // A JIT for the host at `optLevel` 0..3 (clamped). Symbols the module does not define
  // resolve against the pylc process: the runtime (linked --whole-archive and exported),
  // libpython and libc. When `optimizeIR` is set, addModule runs optimizeModule at `optLevel`
  // on each module first (don't optimise it twice).
  static std::unique_ptr<JITSession> create(int optLevel, bool optimizeIR = true);
  ~JITSession();

  // Extension-point callbacks for the IR pipeline addModule runs (plugins).
  void setPipelineHooks(PipelineHooks hooks) { hooks_ = std::move(hooks); }

  // Hands `M` (living in `Ctx`) to the JIT; it is compiled lazily on the first lookup of one of
  // its symbols. A module without a triple or data layout gets the host's.
  void addModule(std::unique_ptr<llvm::Module> M, std::unique_ptr<llvm::LLVMContext> Ctx);

  // Links a native input into the JIT as `pylc build` links it into the executable: an
  // object file's definitions join the program; an archive's members are loaded when a
  // symbol they define is needed; a shared library is loaded into the process and searched
  // for what nothing else defines. Throws CompileError when the file cannot be used.
  void addObjectFile(const std::string &path);
  void addArchive(const std::string &path);
  void addSharedLibrary(const std::string &path);
  // LLVM bitcode, added as an IR module (its llvm.global_ctors run at runInitializers).
  void addBitcodeFile(const std::string &path);

  // The address of `symbol` (unmangled IR name), compiling what it needs. Throws CompileError if
  // it is missing or cannot be materialised (e.g. it refers to an undefined symbol).
  void *lookup(const std::string &symbol);

  // Runs the llvm.global_ctors of the added modules (once per module).
  void runInitializers();

private:
  JITSession() = default;
  std::unique_ptr<llvm::orc::LLJIT> jit_;
  std::unique_ptr<llvm::TargetMachine> tm_; // for the IR pipeline; null when not optimising
  int optLevel_ = 0;
  PipelineHooks hooks_;
  std::string sessionErrors_; // errors ORC reports outside any call's result
};

} // namespace pylc::backend
