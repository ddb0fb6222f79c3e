#include "llvm-backend/Emit.h"

#include "frontend/Diagnostics.h"
#include "llvm-backend/Pipeline.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/IR/DiagnosticHandler.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/DiagnosticPrinter.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/TargetParser/Triple.h"

namespace pylc::backend {

[[noreturn]] static void cannotWrite(const std::string &path, const std::string &reason) {
  throw CompileError("", {}, "cannot write '" + path + "': " + reason);
}

bool isSpecialFile(const std::string &path) {
  llvm::sys::fs::file_status st;
  if (llvm::sys::fs::status(path, st))
    return false;
  return llvm::sys::fs::exists(st) && st.type() != llvm::sys::fs::file_type::regular_file &&
         st.type() != llvm::sys::fs::file_type::directory_file;
}

void writeFileAtomically(const std::string &path, std::string_view data) {
  if (path == "-") {
    llvm::outs().write(data.data(), data.size());
    llvm::outs().flush();
    if (llvm::outs().has_error()) {
      std::string reason = llvm::outs().error().message();
      llvm::outs().clear_error();
      cannotWrite(path, reason);
    }
    return;
  }
  if (isSpecialFile(path)) {
    std::error_code ec;
    llvm::raw_fd_ostream os(path, ec);
    if (ec)
      cannotWrite(path, ec.message());
    os.write(data.data(), data.size());
    os.flush();
    if (os.has_error()) {
      std::string reason = os.error().message();
      os.clear_error();
      cannotWrite(path, reason);
    }
    return;
  }
  // The temporary lives in the output's directory so that the final rename cannot cross file
  // systems. TempFile also deletes it if pylc is killed by a signal meanwhile.
  llvm::Expected<llvm::sys::fs::TempFile> temp =
      llvm::sys::fs::TempFile::create(path + ".tmp-%%%%%%%%");
  if (!temp)
    cannotWrite(path, llvm::toString(temp.takeError()));
  std::string reason;
  {
    llvm::raw_fd_ostream os(temp->FD, /*shouldClose=*/false);
    os.write(data.data(), data.size());
    os.flush();
    if (os.has_error()) {
      reason = os.error().message();
      os.clear_error();
    }
  }
  if (!reason.empty()) {
    llvm::consumeError(temp->discard());
    cannotWrite(path, reason);
  }
  if (llvm::Error err = temp->keep(path)) {
    reason = llvm::toString(std::move(err));
    llvm::consumeError(temp->discard());
    cannotWrite(path, reason);
  }
}

namespace {

// Collects code generation errors (bad inline asm, unsupported features, ...) that LLVM would
// otherwise report by exiting the process.
struct CollectingHandler : llvm::DiagnosticHandler {
  std::string errors;
  bool handleDiagnostics(const llvm::DiagnosticInfo &info) override {
    if (info.getSeverity() != llvm::DS_Error)
      return true; // warnings and remarks are not ours to print
    llvm::raw_string_ostream os(errors);
    if (!errors.empty())
      os << "; ";
    llvm::DiagnosticPrinterRawOStream printer(os);
    info.print(printer);
    return true;
  }
};

// Installs a CollectingHandler on a context for the lifetime of this object.
class ScopedDiagnostics {
public:
  explicit ScopedDiagnostics(llvm::LLVMContext &ctx)
      : ctx_(ctx), saved_(ctx.getDiagnosticHandler()) {
    auto handler = std::make_unique<CollectingHandler>();
    handler_ = handler.get();
    ctx_.setDiagnosticHandler(std::move(handler));
  }
  ~ScopedDiagnostics() { ctx_.setDiagnosticHandler(std::move(saved_)); }
  const std::string &errors() const { return handler_->errors; }

private:
  llvm::LLVMContext &ctx_;
  std::unique_ptr<llvm::DiagnosticHandler> saved_;
  CollectingHandler *handler_;
};

} // namespace

void emitFile(llvm::Module &M, llvm::TargetMachine &TM, EmitKind kind, const std::string &path) {
  adoptTarget(M, TM);
  verifyModuleOrThrow(M);

  // Generate into memory first: object writers may seek back (impossible on a pipe), and
  // nothing touches the output until code generation has succeeded.
  llvm::SmallString<0> buffer;
  {
    llvm::raw_svector_ostream os(buffer);
    llvm::legacy::PassManager PM;
    PM.add(new llvm::TargetLibraryInfoWrapperPass(llvm::Triple(M.getTargetTriple())));
    auto fileType = kind == EmitKind::Assembly ? llvm::CodeGenFileType::AssemblyFile
                                               : llvm::CodeGenFileType::ObjectFile;
    if (TM.addPassesToEmitFile(PM, os, nullptr, fileType))
      throw CompileError("", {},
                         "target '" + TM.getTargetTriple().str() + "' cannot emit " +
                             (kind == EmitKind::Assembly ? "assembly" : "object files"));
    ScopedDiagnostics diags(M.getContext());
    PM.run(M);
    if (!diags.errors().empty())
      throw CompileError("", {}, "code generation failed: " + diags.errors());
  }
  writeFileAtomically(path, std::string_view(buffer.data(), buffer.size()));
}

void writeLLVMIR(llvm::Module &M, const std::string &path) {
  std::string text;
  llvm::raw_string_ostream os(text);
  M.print(os, nullptr);
  os.flush();
  writeFileAtomically(path, text);
}

} // namespace pylc::backend
