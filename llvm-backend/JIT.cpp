#include "llvm-backend/JIT.h"

#include "frontend/Diagnostics.h"
#include "llvm-backend/Pipeline.h"
#include "llvm-backend/Target.h"

#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/ExecutionEngine/Orc/ExecutionUtils.h"
#include "llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h"
#include "llvm/ExecutionEngine/Orc/LLJIT.h"
#include "llvm/ExecutionEngine/Orc/ThreadSafeModule.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Target/TargetMachine.h"

#include <algorithm>

namespace pylc::backend {

[[noreturn]] static void jitError(const std::string &what, llvm::Error err) {
  throw CompileError("", {}, "JIT: " + what + ": " + llvm::toString(std::move(err)));
}

static llvm::CodeGenOptLevel jitOptLevel(int optLevel) {
  static const llvm::CodeGenOptLevel levels[] = {
      llvm::CodeGenOptLevel::None, llvm::CodeGenOptLevel::Less, llvm::CodeGenOptLevel::Default,
      llvm::CodeGenOptLevel::Aggressive};
  return levels[std::clamp(optLevel, 0, 3)];
}

// The JIT goes first: its teardown may still report errors into sessionErrors_.
JITSession::~JITSession() { jit_.reset(); }

std::unique_ptr<JITSession> JITSession::create(int optLevel, bool optimizeIR) {
  initializeTargets();
  std::unique_ptr<JITSession> session(new JITSession());
  session->optLevel_ = std::clamp(optLevel, 0, 3);

  auto jtmb = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!jtmb)
    jitError("cannot describe the host", jtmb.takeError());
  jtmb->setCodeGenOptLevel(jitOptLevel(optLevel));
  if (optimizeIR) {
    auto tm = jtmb->createTargetMachine();
    if (!tm)
      jitError("cannot create a target machine for the host", tm.takeError());
    session->tm_ = std::move(*tm);
  }

  auto jit = llvm::orc::LLJITBuilder().setJITTargetMachineBuilder(std::move(*jtmb)).create();
  if (!jit)
    jitError("cannot start", jit.takeError());
  session->jit_ = std::move(*jit);

  // ORC reports materialisation failures here as well as through the failing lookup; keep them
  // for the lookup's message instead of letting ORC print them to stderr.
  JITSession *self = session.get();
  session->jit_->getExecutionSession().setErrorReporter([self](llvm::Error err) {
    if (!self->sessionErrors_.empty())
      self->sessionErrors_ += "; ";
    self->sessionErrors_ += llvm::toString(std::move(err));
  });

  auto generator = llvm::orc::DynamicLibrarySearchGenerator::GetForCurrentProcess(
      session->jit_->getDataLayout().getGlobalPrefix());
  if (!generator)
    jitError("cannot search the process for symbols", generator.takeError());
  session->jit_->getMainJITDylib().addGenerator(std::move(*generator));
  return session;
}

void JITSession::addModule(std::unique_ptr<llvm::Module> M,
                           std::unique_ptr<llvm::LLVMContext> Ctx) {
  if (M->getTargetTriple().empty())
    M->setTargetTriple(jit_->getTargetTriple().str());
  if (M->getDataLayoutStr().empty())
    M->setDataLayout(jit_->getDataLayout());
  if (tm_)
    optimizeModule(*M, *tm_, optLevel_, hooks_);
  else
    verifyModuleOrThrow(*M);
  if (llvm::Error err =
          jit_->addIRModule(llvm::orc::ThreadSafeModule(std::move(M), std::move(Ctx))))
    jitError("cannot add module", std::move(err));
}

void JITSession::addObjectFile(const std::string &path) {
  auto buffer = llvm::MemoryBuffer::getFile(path);
  if (!buffer)
    throw CompileError(path, {}, "cannot read: " + buffer.getError().message());
  if (llvm::Error err = jit_->addObjectFile(std::move(*buffer)))
    jitError("cannot add object file '" + path + "'", std::move(err));
}

void JITSession::addBitcodeFile(const std::string &path) {
  auto buffer = llvm::MemoryBuffer::getFile(path);
  if (!buffer)
    throw CompileError(path, {}, "cannot read: " + buffer.getError().message());
  auto ctx = std::make_unique<llvm::LLVMContext>();
  auto m = llvm::parseBitcodeFile((*buffer)->getMemBufferRef(), *ctx);
  if (!m)
    jitError("cannot read bitcode '" + path + "'", m.takeError());
  addModule(std::move(*m), std::move(ctx));
}

void JITSession::addArchive(const std::string &path) {
  auto generator =
      llvm::orc::StaticLibraryDefinitionGenerator::Load(jit_->getObjLinkingLayer(), path.c_str());
  if (!generator)
    jitError("cannot load archive '" + path + "'", generator.takeError());
  jit_->getMainJITDylib().addGenerator(std::move(*generator));
}

void JITSession::addSharedLibrary(const std::string &path) {
  auto generator = llvm::orc::DynamicLibrarySearchGenerator::Load(
      path.c_str(), jit_->getDataLayout().getGlobalPrefix());
  if (!generator)
    jitError("cannot load shared library '" + path + "'", generator.takeError());
  jit_->getMainJITDylib().addGenerator(std::move(*generator));
}

void *JITSession::lookup(const std::string &symbol) {
  sessionErrors_.clear();
  auto address = jit_->lookup(symbol);
  if (!address) {
    std::string reason = llvm::toString(address.takeError());
    if (!sessionErrors_.empty() && reason.find(sessionErrors_) == std::string::npos)
      reason += " (" + sessionErrors_ + ")";
    throw CompileError("", {}, "JIT: cannot find symbol '" + symbol + "': " + reason);
  }
  return address->toPtr<void *>();
}

void JITSession::runInitializers() {
  if (llvm::Error err = jit_->initialize(jit_->getMainJITDylib()))
    jitError("static initialisers failed", std::move(err));
}

} // namespace pylc::backend
