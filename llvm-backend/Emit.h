// Writing modules out: assembly, object files and textual LLVM IR. Every output is written
// atomically (a temporary next to it, renamed at the end), so a failure never leaves a partial
// file behind.
#pragma once

#include <string>
#include <string_view>

namespace llvm {
class Module;
class TargetMachine;
} // namespace llvm

namespace pylc::backend {

enum class EmitKind { Assembly, Object };

// Generates code for `M` with `TM` into `path` ("-" = stdout). A module without a triple or
// data layout gets `TM`'s. Throws CompileError("cannot write 'path': reason") when the output
// cannot be written, and CompileError for code generation errors.
void emitFile(llvm::Module &M, llvm::TargetMachine &TM, EmitKind kind, const std::string &path);

// Writes `M` as textual LLVM IR to `path` ("-" = stdout).
void writeLLVMIR(llvm::Module &M, const std::string &path);

// Writes `data` to `path` ("-" = stdout) through a temporary file renamed over `path`, or
// straight into `path` when it is a special file (see isSpecialFile).
// Throws CompileError("cannot write 'path': reason").
void writeFileAtomically(const std::string &path, std::string_view data);

// Whether `path` exists and is neither a regular file nor a directory: a device such as
// /dev/null, a pipe, a socket. Outputs are written into such files, never replaced (a
// rename would turn /dev/null into a regular file for everyone).
bool isSpecialFile(const std::string &path);

} // namespace pylc::backend
