// C and C++ files, objects and libraries given to `pylc build` / `pylc run` besides the
// Python program: sources are compiled with clang-19 for the program's target and -O level,
// and the extension modules among them (objects defining PyInit_<name>) are found by their
// symbols, so no naming convention is needed.
#pragma once

#include <string>
#include <vector>

namespace pylc {
namespace backend {
class JITSession;
} // namespace backend

enum class InputKind {
  Python,
  PIR,
  CSource,
  CxxSource,
  Object,
  Archive,
  SharedLibrary,
  Bitcode, // what sources become for the JIT; not an input of the command
  Unknown
};

// What a command-line input is, by its suffix.
InputKind inputKind(const std::string &path);
// Whether `path` names a C/C++ source, object or library (not the Python program).
bool isNativeInput(const std::string &path);

struct NativeOptions {
  std::vector<std::string> inputs;      // C/C++ sources, objects, archives, shared libraries
  std::vector<std::string> includeDirs; // -I
  std::vector<std::string> defines;     // -D (NAME or NAME=VALUE)
  std::vector<std::string> libraryDirs; // -L
  std::vector<std::string> libraries;   // -l
  std::string triple;                   // empty: the host
  std::string sysroot;                  // --sysroot: the target's headers and libraries
  int optLevel = 2;
  bool verbose = false; // print each clang command line
};

// The native part of one program. The objects compiled from sources are temporaries,
// removed when this goes away.
class NativeInputs {
public:
  // Checks every input (it exists and has a known kind) without compiling anything.
  explicit NativeInputs(NativeOptions opts);
  ~NativeInputs();
  NativeInputs(const NativeInputs &) = delete;
  NativeInputs &operator=(const NativeInputs &) = delete;

  // Compiles the sources (clang's diagnostics go to stderr as clang prints them; a failure
  // throws CompileError) and scans every object and archive for PyInit_<name> definitions.
  // For the JIT, sources become LLVM bitcode instead of objects: added as IR, their static
  // constructors (C++ globals) run and their atexit destructors are the JIT's, which ORC
  // does not do for object files.
  void compile(bool forJIT = false);

  bool empty() const { return opts_.inputs.empty() && opts_.libraries.empty(); }
  // Objects, archives and shared libraries in command-line order (sources replaced by their
  // objects), after compile().
  const std::vector<std::string> &linkInputs() const { return linkInputs_; }
  // The extension modules: each name's PyInit_<name> is defined by one of the link inputs.
  const std::vector<std::string> &extensionModules() const { return modules_; }
  // Whether a C++ source is among the inputs (the link then needs libstdc++).
  bool hasCxx() const { return hasCxx_; }
  const NativeOptions &options() const { return opts_; }
  // The file `-l name` means: lib<name>.so (or .a) in the -L directories, then the target's
  // system library directories; empty when there is none.
  std::string findLibrary(const std::string &name, bool preferShared = true) const;

private:
  NativeOptions opts_;
  std::vector<std::string> temps_;
  std::vector<std::string> linkInputs_;
  std::vector<std::string> modules_;
  bool hasCxx_ = false;
};

// Links the compiled inputs and the -l libraries into the JIT, as the executable's link would
// (`pylc run`). A `-l` name whose lib<name>.so is a linker script (libm.so on Debian) loads
// the versioned library beside it.
void addNativeInputs(const NativeInputs &native, backend::JITSession &jit);

} // namespace pylc
