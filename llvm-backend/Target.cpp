#include "llvm-backend/Target.h"

#include "frontend/Diagnostics.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/Target/TargetOptions.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/SubtargetFeature.h"
#include "llvm/TargetParser/Triple.h"

#include <algorithm>
#include <mutex>

namespace pylc::backend {

void initializeTargets() {
  static std::once_flag once;
  std::call_once(once, [] {
    llvm::InitializeAllTargetInfos();
    llvm::InitializeAllTargets();
    llvm::InitializeAllTargetMCs();
    llvm::InitializeAllAsmPrinters();
    llvm::InitializeAllAsmParsers();
  });
}

std::string hostTriple() { return llvm::Triple::normalize(llvm::sys::getProcessTriple()); }

bool isHostTriple(const std::string &triple) {
  llvm::Triple t(llvm::Triple::normalize(triple)), host(hostTriple());
  // x86_64-unknown-linux-gnu and x86_64-pc-linux-gnu are the same machine.
  return t.getArch() == host.getArch() && t.getSubArch() == host.getSubArch() &&
         t.getOS() == host.getOS() && t.getEnvironment() == host.getEnvironment();
}

static llvm::CodeGenOptLevel codeGenOptLevel(int optLevel) {
  switch (std::clamp(optLevel, 0, 3)) {
  case 0:
    return llvm::CodeGenOptLevel::None;
  case 1:
    return llvm::CodeGenOptLevel::Less;
  case 2:
    return llvm::CodeGenOptLevel::Default;
  default:
    return llvm::CodeGenOptLevel::Aggressive;
  }
}

// The features string of the host CPU, as `-mattr` would take it.
static std::string hostFeatures() {
  llvm::SubtargetFeatures features;
  for (const auto &feature : llvm::sys::getHostCPUFeatures())
    features.AddFeature(feature.getKey(), feature.getValue());
  return features.getString();
}

std::unique_ptr<llvm::TargetMachine> createTargetMachine(const std::string &triple, int optLevel) {
  initializeTargets();
  std::string normalized = llvm::Triple::normalize(triple);
  std::string reason;
  const llvm::Target *target = llvm::TargetRegistry::lookupTarget(normalized, reason);
  if (!target)
    throw CompileError("", {}, "unknown target triple '" + triple + "': " + reason);

  bool host = isHostTriple(normalized);
  std::string cpu = host ? llvm::sys::getHostCPUName().str() : "";
  std::string features = host ? hostFeatures() : "";
  llvm::TargetOptions options;
  std::unique_ptr<llvm::TargetMachine> tm(
      target->createTargetMachine(normalized, cpu, features, options, llvm::Reloc::PIC_,
                                  std::nullopt, codeGenOptLevel(optLevel)));
  if (!tm)
    throw CompileError("", {},
                       "unknown target triple '" + triple +
                           "': LLVM cannot create a target machine for it");
  return tm;
}

} // namespace pylc::backend
