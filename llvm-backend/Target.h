// Target registration and TargetMachine creation for any LLVM triple.
#pragma once

#include <memory>
#include <string>

namespace llvm {
class TargetMachine;
} // namespace llvm

namespace pylc::backend {

// Registers every target LLVM was built with (infos, MC layers, asm printers and parsers).
// Safe to call any number of times, from any thread.
void initializeTargets();

// The normalised triple of the machine pylc runs on, e.g. "x86_64-pc-linux-gnu".
std::string hostTriple();

// A TargetMachine for `triple` (normalised first) at `optLevel` 0..3 (clamped), with the PIC
// relocation model. The host CPU and its features are used only when `triple` describes the
// host; other targets get the generic CPU. Throws CompileError for an unknown triple.
std::unique_ptr<llvm::TargetMachine> createTargetMachine(const std::string &triple, int optLevel);

// True if `triple` names the machine pylc runs on (the vendor part is ignored).
bool isHostTriple(const std::string &triple);

} // namespace pylc::backend
