// Linking executables in process with lld, the way clang's driver would on Debian.
#pragma once

#include <string>
#include <vector>

namespace pylc::backend {

struct LinkOptions {
  std::string triple;               // empty = host
  std::vector<std::string> objects; // object files (or archives) to link, in order
  std::string output;
  std::vector<std::string> libraryDirs; // -L: searched before the system's
  std::vector<std::string> libraries;   // -l: linked after the objects
  bool cxxRuntime = false;              // a C++ input: link libstdc++ (and libm) as clang++ does
  std::string runtimeLibrary; // libpylcrt.a for `triple`; empty = none
  std::string sysroot;        // prefix for crt files, libc and libpython; empty = /
  bool verbose = false;       // print the lld command line to stderr
};

// Links a PIE executable from the objects, the runtime, libpython3.11, libc/libm/libdl/
// libpthread and libgcc, as `clang -fuse-ld=lld` would. The crt files and library directories
// are discovered under `sysroot` for `triple`'s Debian multiarch directory. Writes to a
// temporary and renames on success, so a failed link leaves no output. Throws CompileError.
void linkExecutable(const LinkOptions &options);

// The lld command line linkExecutable would run (argv[0] = "ld.lld"), writing to `output`.
// Throws CompileError when the target's files cannot be found.
std::vector<std::string> linkCommandLine(const LinkOptions &options, const std::string &output);

} // namespace pylc::backend
