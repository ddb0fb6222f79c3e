#include "llvm-backend/Link.h"

#include "frontend/Diagnostics.h"
#include "llvm-backend/Emit.h"
#include "llvm-backend/Target.h"

#include "lld/Common/Driver.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Triple.h"

#include <mutex>
#include <optional>

LLD_HAS_DRIVER(elf)

namespace pylc::backend {
namespace {

// What clang's Linux toolchain hard-codes per architecture.
struct TargetLayout {
  std::string multiarch;     // Debian multiarch directory name
  std::string emulation;     // ld -m
  std::string dynamicLinker; // path on the target system (never prefixed by the sysroot)
  std::vector<std::string> extraFlags;
};

[[noreturn]] void unsupported(const std::string &triple, const std::string &why) {
  throw CompileError("", {}, "linking for target '" + triple + "' is not supported yet: " + why);
}

std::optional<TargetLayout> layoutFor(const llvm::Triple &t) {
  if (!t.isOSLinux() || t.isAndroid() || t.isMusl())
    return std::nullopt;
  switch (t.getArch()) {
  case llvm::Triple::x86_64:
    return TargetLayout{"x86_64-linux-gnu", "elf_x86_64", "/lib64/ld-linux-x86-64.so.2", {}};
  case llvm::Triple::aarch64:
    return TargetLayout{"aarch64-linux-gnu", "aarch64linux", "/lib/ld-linux-aarch64.so.1", {"-EL"}};
  case llvm::Triple::riscv64:
    return TargetLayout{
        "riscv64-linux-gnu", "elf64lriscv", "/lib/ld-linux-riscv64-lp64d.so.1", {"-X"}};
  case llvm::Triple::x86:
    return TargetLayout{"i386-linux-gnu", "elf_i386", "/lib/ld-linux.so.2", {}};
  case llvm::Triple::arm:
    if (t.getEnvironment() != llvm::Triple::GNUEABIHF)
      return std::nullopt;
    return TargetLayout{
        "arm-linux-gnueabihf", "armelf_linux_eabi", "/lib/ld-linux-armhf.so.3", {"-EL", "-X"}};
  default:
    return std::nullopt;
  }
}

std::string join(const std::string &root, const std::string &path) {
  if (root.empty())
    return path;
  llvm::SmallString<256> result(root);
  llvm::sys::path::append(result, path);
  return std::string(result);
}

bool exists(const std::string &path) { return llvm::sys::fs::exists(path); }
bool isDir(const std::string &path) { return llvm::sys::fs::is_directory(path); }

// "12.2.0" -> {12, 2, 0}; anything non-numeric sorts as 0.
std::vector<int> versionKey(llvm::StringRef name) {
  std::vector<int> key;
  llvm::SmallVector<llvm::StringRef, 4> parts;
  name.split(parts, '.');
  for (llvm::StringRef part : parts) {
    int n = 0;
    key.push_back(part.getAsInteger(10, n) ? 0 : n);
  }
  return key;
}

// The highest-versioned gcc directory holding crtbeginS.o, as clang's GCCInstallation finds it:
// <root>/usr/lib/gcc/<multiarch>/<version>, or gcc-cross for cross compilers.
std::optional<std::string> findGccDir(const std::string &root, const std::string &multiarch) {
  std::optional<std::string> best;
  std::vector<int> bestKey;
  for (const char *base : {"/usr/lib/gcc/", "/usr/lib/gcc-cross/"}) {
    std::string dir = join(root, base + multiarch);
    std::error_code ec;
    for (llvm::sys::fs::directory_iterator it(dir, ec), end; it != end && !ec; it.increment(ec)) {
      llvm::StringRef name = llvm::sys::path::filename(it->path());
      if (name.empty() || !llvm::isDigit(name.front()) || !exists(join(it->path(), "crtbeginS.o")))
        continue;
      std::vector<int> key = versionKey(name);
      if (!best || key > bestKey) {
        best = it->path();
        bestKey = key;
      }
    }
  }
  return best;
}

// The first of `dirs` that holds `file`.
std::optional<std::string> findIn(const std::vector<std::string> &dirs, const std::string &file) {
  for (const std::string &dir : dirs)
    if (exists(join(dir, file)))
      return dir;
  return std::nullopt;
}

std::string normalizedTriple(const LinkOptions &options) {
  return llvm::Triple::normalize(options.triple.empty() ? hostTriple() : options.triple);
}

} // namespace

std::vector<std::string> linkCommandLine(const LinkOptions &options, const std::string &output) {
  std::string triple = normalizedTriple(options);
  if (llvm::Triple(triple).getArch() == llvm::Triple::UnknownArch)
    throw CompileError("", {}, "unknown target triple '" + options.triple + "'");
  std::optional<TargetLayout> layout = layoutFor(llvm::Triple(triple));
  if (!layout)
    unsupported(triple, "pylc only knows how to link for Debian-style Linux targets");
  const std::string &root = options.sysroot;
  if (!root.empty() && !isDir(root))
    throw CompileError("", {}, "sysroot '" + root + "' is not a directory");
  std::string where = root.empty() ? "" : " under sysroot '" + root + "'";

  std::optional<std::string> gccDir = findGccDir(root, layout->multiarch);
  if (!gccDir)
    unsupported(triple, "no gcc crt files (crtbeginS.o) in /usr/lib/gcc/" + layout->multiarch +
                            "/<version>" + where);
  // Debian's merged /usr makes /lib/<multiarch> and /usr/lib/<multiarch> the same; clang names
  // the former first, so do we.
  std::string libMultiarch = join(root, "/lib/" + layout->multiarch);
  std::string usrLibMultiarch = join(root, "/usr/lib/" + layout->multiarch);
  std::optional<std::string> crtDir = findIn({libMultiarch, usrLibMultiarch}, "Scrt1.o");
  if (!crtDir)
    unsupported(triple, "no C library start files (Scrt1.o) in /usr/lib/" + layout->multiarch +
                            where + " (install libc6-dev for that architecture)");
  // libpython is linked statically when the target has Debian's non-PIC archive (and the
  // libraries its built-in modules need), as /usr/bin/python3.11 itself is built: a non-PIE
  // executable that exports its symbols to extension modules. Its code then runs as fast as
  // the interpreter's own; the shared library, built position independent with semantic
  // interposition, is about 13% slower at the same work (strdict under an embedding host).
  // Without the archive the executable uses libpython3.11.so.
  std::string staticPython =
      join(root, "/usr/lib/python3.11/config-3.11-" + layout->multiarch + "/libpython3.11.a");
  bool linkStatic = exists(staticPython) && findIn({libMultiarch, usrLibMultiarch}, "crt1.o") &&
                    exists(join(*gccDir, "crtbegin.o")) &&
                    findIn({usrLibMultiarch, libMultiarch}, "libexpat.so") &&
                    findIn({usrLibMultiarch, libMultiarch}, "libz.so");
  if (!linkStatic && !findIn({usrLibMultiarch, libMultiarch}, "libpython3.11.so"))
    unsupported(triple, "no libpython3.11.so in /usr/lib/" + layout->multiarch + where +
                            " (install libpython3.11-dev for that architecture)");

  std::vector<std::string> args = {"ld.lld"};
  if (!root.empty())
    args.push_back("--sysroot=" + root); // linker scripts like libc.so name absolute paths
  args.insert(args.end(), layout->extraFlags.begin(), layout->extraFlags.end());
  for (const char *flag : {"--hash-style=gnu", "--build-id", "--eh-frame-hdr", "-m"})
    args.push_back(flag);
  args.push_back(layout->emulation);
  if (linkStatic)
    args.push_back("--export-dynamic"); // lib-dynload extension modules link against it
  else
    args.push_back("-pie");
  args.push_back("-dynamic-linker");
  args.push_back(layout->dynamicLinker);
  args.push_back("-o");
  args.push_back(output);
  args.push_back(join(*crtDir, linkStatic ? "crt1.o" : "Scrt1.o"));
  args.push_back(join(*crtDir, "crti.o"));
  args.push_back(join(*gccDir, linkStatic ? "crtbegin.o" : "crtbeginS.o"));
  for (const std::string &dir : options.libraryDirs)
    args.push_back("-L" + dir);
  for (const std::string &dir :
       {*gccDir, libMultiarch, usrLibMultiarch, join(root, "/lib"), join(root, "/usr/lib")})
    if (isDir(dir))
      args.push_back("-L" + dir);
  args.insert(args.end(), options.objects.begin(), options.objects.end());
  for (const std::string &lib : options.libraries)
    args.push_back("-l" + lib);
  if (!options.runtimeLibrary.empty())
    args.push_back(options.runtimeLibrary);
  if (linkStatic) {
    args.push_back(staticPython);
    for (const char *lib : {"-lexpat", "-lz", "-lm", "-ldl", "-lpthread", "-lutil"})
      args.push_back(lib);
  } else {
    for (const char *lib : {"-lpython3.11", "-lm", "-ldl", "-lpthread"})
      args.push_back(lib);
  }
  if (options.cxxRuntime)
    for (const char *lib : {"-lstdc++", "-lm"})
      args.push_back(lib);
  // libgcc and libc exactly as clang orders them.
  for (const char *lib : {"-lgcc", "--as-needed", "-lgcc_s", "--no-as-needed", "-lc", "-lgcc",
                          "--as-needed", "-lgcc_s", "--no-as-needed"})
    args.push_back(lib);
  args.push_back(join(*gccDir, linkStatic ? "crtend.o" : "crtendS.o"));
  args.push_back(join(*crtDir, "crtn.o"));
  return args;
}

static std::string quoteForShell(const std::string &arg) {
  if (arg.find_first_of(" \t\n'\"\\$`*?;&|<>()") == std::string::npos && !arg.empty())
    return arg;
  std::string quoted = "'";
  for (char c : arg)
    quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

void linkExecutable(const LinkOptions &options) {
  // lld keeps global state: one link at a time, and none after a link that says it cannot run
  // again.
  static std::mutex linkMutex;
  static bool lldUsable = true;
  std::lock_guard<std::mutex> lock(linkMutex);

  if (options.output.empty() || options.output == "-")
    throw CompileError("", {},
                       "cannot write '" + options.output + "': an executable needs a file name");
  llvm::StringRef parent = llvm::sys::path::parent_path(options.output);
  std::string dir = parent.empty() ? "." : parent.str();
  if (!isDir(dir))
    throw CompileError("", {},
                       "cannot write '" + options.output + "': no such directory '" + dir + "'");
  // A special file (/dev/null) is written into; anything else is linked into a temporary
  // next to it (so that the final rename stays on one file system).
  bool special = isSpecialFile(options.output);
  if (!special && llvm::sys::fs::access(dir, llvm::sys::fs::AccessMode::Write))
    throw CompileError("", {}, "cannot write '" + options.output + "': permission denied");
  if (isDir(options.output))
    throw CompileError("", {}, "cannot write '" + options.output + "': is a directory");

  llvm::SmallString<256> temp;
  if (special)
    temp = options.output;
  else
    llvm::sys::fs::createUniquePath(options.output + ".tmp-%%%%%%%%", temp, false);
  std::vector<std::string> args = linkCommandLine(options, std::string(temp));

  if (options.verbose) {
    for (size_t i = 0; i < args.size(); ++i)
      llvm::errs() << (i ? " " : "") << quoteForShell(args[i]);
    llvm::errs() << "\n";
  }
  if (!lldUsable)
    throw CompileError("", {},
                       "cannot link '" + options.output +
                           "': lld cannot run again in this process after an "
                           "earlier fatal error");

  std::vector<const char *> argv;
  for (const std::string &arg : args)
    argv.push_back(arg.c_str());
  std::string out, err;
  llvm::raw_string_ostream outOS(out), errOS(err);
  lld::Result result = lld::lldMain(argv, outOS, errOS, {{lld::Gnu, &lld::elf::link}});
  outOS.flush();
  errOS.flush();
  lldUsable = result.canRunAgain;
  if (result.retCode != 0) {
    if (!special)
      llvm::sys::fs::remove(temp);
    std::string message = err.empty() ? out : err;
    while (!message.empty() && message.back() == '\n')
      message.pop_back();
    throw CompileError("", {}, "linking '" + options.output + "' failed: " + message);
  }
  llvm::errs() << err; // warnings of a successful link
  if (special)
    return;
  if (std::error_code ec = llvm::sys::fs::rename(temp, options.output)) {
    llvm::sys::fs::remove(temp);
    throw CompileError("", {}, "cannot write '" + options.output + "': " + ec.message());
  }
}

} // namespace pylc::backend
