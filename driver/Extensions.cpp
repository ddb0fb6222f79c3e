#include "driver/Extensions.h"

#include "frontend/Diagnostics.h"
#include "llvm-backend/JIT.h"
#include "llvm-backend/Target.h"

#include "llvm/BinaryFormat/Magic.h"
#include "llvm/IR/LLVMContext.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Object/Archive.h"
#include "llvm/Object/Binary.h"
#include "llvm/Object/ObjectFile.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Triple.h"

#include <algorithm>
#include <cstdlib>

#ifndef PYLC_PYTHON_INCLUDE_DIRS
#error "PYLC_PYTHON_INCLUDE_DIRS (the target's Python include directories) must be defined"
#endif

namespace pylc {

InputKind inputKind(const std::string &path) {
  llvm::StringRef p(path);
  if (p.ends_with(".py"))
    return InputKind::Python;
  if (p.ends_with(".pir"))
    return InputKind::PIR;
  if (p.ends_with(".c"))
    return InputKind::CSource;
  for (const char *s : {".cc", ".cpp", ".cxx", ".C", ".c++"})
    if (p.ends_with(s))
      return InputKind::CxxSource;
  if (p.ends_with(".o"))
    return InputKind::Object;
  if (p.ends_with(".bc"))
    return InputKind::Bitcode;
  if (p.ends_with(".a"))
    return InputKind::Archive;
  if (p.ends_with(".so") || p.contains(".so."))
    return InputKind::SharedLibrary;
  return InputKind::Unknown;
}

bool isNativeInput(const std::string &path) {
  InputKind k = inputKind(path);
  return k != InputKind::Python && k != InputKind::PIR && k != InputKind::Unknown &&
         k != InputKind::Bitcode;
}

namespace {

// clang-19 as Debian installs it; PYLC_CLANG overrides (a test or another toolchain).
std::string findClang() {
  if (const char *env = std::getenv("PYLC_CLANG"); env && *env)
    return env;
  for (const char *p : {"/usr/bin/clang-19", "/usr/lib/llvm-19/bin/clang"})
    if (llvm::sys::fs::can_execute(p))
      return p;
  if (auto found = llvm::sys::findProgramByName("clang-19"))
    return *found;
  throw CompileError("", {},
                     "clang-19 not found (install clang-19, or set PYLC_CLANG): it "
                     "compiles the C and C++ inputs");
}

// Debian's multiarch directory of a target, where its system libraries live.
std::string multiarchOf(const llvm::Triple &t) {
  switch (t.getArch()) {
  case llvm::Triple::x86:
    return "i386-linux-gnu";
  case llvm::Triple::arm:
    return "arm-linux-gnueabihf";
  default:
    return t.getArchName().str() + "-linux-gnu";
  }
}

std::vector<std::string> splitList(llvm::StringRef list) {
  std::vector<std::string> out;
  llvm::SmallVector<llvm::StringRef, 4> parts;
  list.split(parts, ';', -1, false);
  for (auto p : parts)
    out.push_back(p.str());
  return out;
}

// The top-level names of the PyInit_<name> functions `symbols` defines.
void scanObject(const llvm::object::SymbolicFile &obj, std::vector<std::string> &names) {
  for (const llvm::object::BasicSymbolRef &sym : obj.symbols()) {
    auto flags = sym.getFlags();
    if (!flags) {
      llvm::consumeError(flags.takeError());
      continue;
    }
    if ((*flags & llvm::object::SymbolRef::SF_Undefined) ||
        !(*flags & llvm::object::SymbolRef::SF_Global))
      continue;
    std::string text;
    llvm::raw_string_ostream os(text);
    if (llvm::Error err = sym.printName(os)) {
      llvm::consumeError(std::move(err));
      continue;
    }
    llvm::StringRef n = os.str();
    if (n.consume_front("PyInit_") && !n.empty() &&
        std::find(names.begin(), names.end(), n.str()) == names.end())
      names.push_back(n.str());
  }
}

void scanFile(const std::string &path, std::vector<std::string> &names) {
  llvm::LLVMContext ctx; // to read bitcode's symbols
  auto bin = llvm::object::createBinary(path, &ctx);
  if (!bin) {
    std::string why = llvm::toString(bin.takeError());
    throw CompileError(path, {}, "not an object file or archive pylc can read: " + why);
  }
  llvm::object::Binary *b = bin->getBinary();
  if (auto *obj = llvm::dyn_cast<llvm::object::SymbolicFile>(b)) {
    scanObject(*obj, names); // an object file, or bitcode
    return;
  }
  if (auto *ar = llvm::dyn_cast<llvm::object::Archive>(b)) {
    llvm::Error err = llvm::Error::success();
    for (auto &child : ar->children(err)) {
      auto member = child.getAsBinary();
      if (!member) {
        llvm::consumeError(member.takeError()); // a symbol table or a non-object member
        continue;
      }
      if (auto *obj = llvm::dyn_cast<llvm::object::SymbolicFile>(member->get()))
        scanObject(*obj, names);
    }
    if (err)
      throw CompileError(path, {}, "cannot read the archive: " + llvm::toString(std::move(err)));
    return;
  }
  throw CompileError(path, {}, "not an object file or archive");
}

} // namespace

NativeInputs::NativeInputs(NativeOptions opts) : opts_(std::move(opts)) {
  for (const std::string &in : opts_.inputs) {
    if (inputKind(in) == InputKind::Unknown || inputKind(in) == InputKind::Bitcode)
      throw CompileError(in, {},
                         "unknown kind of input (expected .py, .pir, .c, .cc/.cpp/.cxx, .o, .a "
                         "or .so)");
    if (!isNativeInput(in))
      throw CompileError(in, {}, "a second Python program: give one .py or .pir file");
    if (!llvm::sys::fs::exists(in))
      throw CompileError(in, {}, "no such file");
    if (llvm::sys::fs::is_directory(in))
      throw CompileError(in, {}, "is a directory");
    hasCxx_ |= inputKind(in) == InputKind::CxxSource;
  }
  for (const std::string &lib : opts_.libraries)
    if (findLibrary(lib).empty())
      throw CompileError("", {},
                         "library not found for -l" + lib +
                             " (searched the -L "
                             "directories and the system library directories)");
}

NativeInputs::~NativeInputs() {
  for (auto &t : temps_)
    llvm::sys::fs::remove(t);
}

std::string NativeInputs::findLibrary(const std::string &name, bool preferShared) const {
  std::vector<std::string> dirs = opts_.libraryDirs;
  llvm::Triple t(
      llvm::Triple::normalize(opts_.triple.empty() ? backend::hostTriple() : opts_.triple));
  std::string multiarch = multiarchOf(t);
  for (const std::string &d :
       {"/lib/" + multiarch, "/usr/lib/" + multiarch, std::string("/lib"), std::string("/usr/lib")})
    dirs.push_back(opts_.sysroot + d); // the target's system directories
  std::vector<std::string> files = {"lib" + name + ".so", "lib" + name + ".a"};
  if (!preferShared)
    std::swap(files[0], files[1]);
  // As ld does: in each directory in turn, the shared library before the archive.
  for (const std::string &dir : dirs)
    for (const std::string &f : files) {
      llvm::SmallString<256> p(dir);
      llvm::sys::path::append(p, f);
      if (llvm::sys::fs::exists(p))
        return std::string(p);
    }
  return "";
}

void NativeInputs::compile(bool forJIT) {
  std::string clang;
  std::string triple = opts_.triple.empty() ? backend::hostTriple() : opts_.triple;
  for (const std::string &in : opts_.inputs) {
    InputKind kind = inputKind(in);
    if (kind != InputKind::CSource && kind != InputKind::CxxSource) {
      linkInputs_.push_back(in);
      if (kind != InputKind::SharedLibrary)
        scanFile(in, modules_);
      continue;
    }
    if (clang.empty())
      clang = findClang();
    llvm::SmallString<128> obj;
    if (auto ec = llvm::sys::fs::createTemporaryFile("pylc-native", forJIT ? "bc" : "o", obj))
      throw CompileError("", {}, "cannot create a temporary file: " + ec.message());
    temps_.push_back(std::string(obj));
    // The same target and optimisation level as the Python code; position independent, as
    // the executable may be a PIE; the target's Python headers, so that extension modules
    // compile without flags of their own.
    std::vector<std::string> args = {clang, "-c", "--target=" + triple,
                                     "-O" + std::to_string(opts_.optLevel), "-fPIC"};
    for (auto &d : opts_.includeDirs)
      args.push_back("-I" + d);
    for (auto &d : splitList(PYLC_PYTHON_INCLUDE_DIRS))
      args.push_back("-I" + d);
    for (auto &d : opts_.defines)
      args.push_back("-D" + d);
    if (!opts_.sysroot.empty())
      args.push_back("--sysroot=" + opts_.sysroot);
    if (forJIT)
      args.push_back("-emit-llvm");
    args.insert(args.end(), {"-o", std::string(obj), in});
    if (opts_.verbose) {
      for (size_t i = 0; i < args.size(); ++i)
        llvm::errs() << (i ? " " : "") << args[i];
      llvm::errs() << "\n";
    }
    std::vector<llvm::StringRef> argv(args.begin(), args.end());
    std::string message;
    int rc = llvm::sys::ExecuteAndWait(clang, argv, std::nullopt, {}, 0, 0, &message);
    if (rc != 0) {
      llvm::sys::fs::remove(obj);
      temps_.pop_back();
      throw CompileError(in, {},
                         rc < 0 ? "cannot run " + clang + ": " + message
                                : "compiling with " + llvm::sys::path::filename(clang).str() +
                                      " failed (its diagnostics are above)");
    }
    linkInputs_.push_back(std::string(obj));
    scanFile(std::string(obj), modules_);
  }
}

// A shared library dlopen can load: `path`, or when that is a linker script, the first
// lib<name>.so.N beside it.
static std::string loadableLibrary(const std::string &path) {
  llvm::file_magic magic;
  if (!llvm::identify_magic(path, magic) && magic == llvm::file_magic::elf_shared_object)
    return path;
  std::string prefix = llvm::sys::path::filename(path).str() + ".";
  llvm::StringRef dir = llvm::sys::path::parent_path(path);
  std::error_code ec;
  std::string best;
  for (llvm::sys::fs::directory_iterator it(dir, ec), end; it != end && !ec; it.increment(ec)) {
    std::string name = llvm::sys::path::filename(it->path()).str();
    if (llvm::StringRef(name).starts_with(prefix) && (best.empty() || it->path() < best))
      best = it->path();
  }
  return best.empty() ? path : best;
}

void addNativeInputs(const NativeInputs &native, backend::JITSession &jit) {
  for (const std::string &in : native.linkInputs()) {
    switch (inputKind(in)) {
    case InputKind::Archive:
      jit.addArchive(in);
      break;
    case InputKind::SharedLibrary: {
      // dlopen searches the library path for a name without a slash: make it a path.
      llvm::SmallString<256> path(in);
      llvm::sys::fs::make_absolute(path);
      jit.addSharedLibrary(std::string(path));
      break;
    }
    case InputKind::Bitcode: // a source compiled for the JIT
      jit.addBitcodeFile(in);
      break;
    default:
      jit.addObjectFile(in);
      break;
    }
  }
  for (const std::string &lib : native.options().libraries) {
    std::string path = native.findLibrary(lib);
    if (inputKind(path) == InputKind::Archive)
      jit.addArchive(path);
    else
      jit.addSharedLibrary(loadableLibrary(path));
  }
}

} // namespace pylc
