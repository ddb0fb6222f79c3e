// Module discovery: the import graph of a program, from its main script to every user module it
// imports, resolved the way CPython's path-based finder would resolve it.
#pragma once

#include "frontend/AST.h"
#include "frontend/Diagnostics.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pylc {

// One module of the program, parsed and constant-folded; a namespace package (a directory without
// `__init__.py`) has no path and no AST.
struct SourceModule {
  std::string name;              // dotted name; "__main__" for the main script
  std::string path;              // absolute path of the source (`__init__.py` for a package)
  bool isPackage = false;        // has __path__
  std::vector<std::string> dirs; // __path__ of a package
  std::string specName;          // __main__ run as a module (`-m`): the name of its spec
  std::unique_ptr<ast::Module> ast;
  // A module that does not compile, reached only by imports that may not run: importing it
  // raises this error, as the interpreter would when it compiles the module.
  std::optional<CompileError> error;
  bool isNamespace() const { return !ast && !error; }
};

// A module as discovery finds it, shown to plugins (onModuleDiscovered) before its imports
// are followed: they may exclude it (it is left to the normal importer), remove it (the
// program does without it: importing it raises ModuleNotFoundError) or add imports it makes
// implicitly (as if its body imported them where the import may not run). What only an
// excluded or removed module imports is never reached.
struct DiscoveredModule {
  enum class Kind { User, StandardLibrary, Extension };
  std::string name; // dotted name; "__main__" for the main script (which cannot be excluded)
  std::string file; // the source file, or "" (a namespace package, a built-in module)
  Kind kind = Kind::User;
  bool exclude = false;
  bool remove = false; // takes precedence over exclude
  std::string why;     // why it is excluded or removed, for -v and the ModuleNotFoundError
  std::vector<std::string> implicitImports;
};
const char *discoveredKindName(DiscoveredModule::Kind k); // "user", "stdlib", "extension"

struct DiscoveryOptions {
  std::string mainScript;                  // as given on the command line, or
  std::string mainModule;                  // `-m NAME`: run module NAME (a package's __main__)
  std::vector<std::string> searchPaths;    // --path, searched after the script's directory
  std::vector<std::string> includeModules; // --include-module: imported only dynamically
  std::vector<std::string> excludeModules; // --exclude-module: left to the normal importer
  std::vector<std::string> includePackages; // --include-package: compiled though on sys.path
  // Extension modules linked into the program (PyInit_<name> in its C files): built-in
  // modules of the program, left to their importer as the interpreter's own are.
  std::vector<std::string> builtinModules;
  // Called with each of builtinModules that an import reaches.
  std::function<void(const std::string &)> onBuiltin;
  // Parses and folds one file, module `name` (the frontend's parse stage, timed by the caller).
  std::function<std::unique_ptr<ast::Module>(const std::string &name, const std::string &path)>
      parse;
  // Sees each module found (user modules, and top-level modules of the standard library or
  // installed packages, which stay with the importer).
  std::function<void(DiscoveredModule &)> onDiscovered;
  // Receives one line per decision (module compiled, module left to the importer, why).
  std::function<void(const std::string &)> log;
};

// Follows imports (absolute and relative, at any depth of the code, `from p import sub`, `from p
// import *` through a literal `__all__`) from the main script. The main script comes first in the
// result. Throws CompileError for an error in any module's source, and for a module that cannot be
// found when the import runs unconditionally (at the top level of its module), unless the program
// stores into sys.modules itself; other imports that find nothing are left to raise ImportError at
// run time, as under the interpreter.
std::vector<SourceModule> discoverModules(const DiscoveryOptions &opts);

} // namespace pylc
