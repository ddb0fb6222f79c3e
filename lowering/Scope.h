// Name resolution for one function body (or the module body), as CPython's symtable
// decides it: which names are local slots and which are module globals. Also reports the
// errors CPython's compiler (not its parser) raises, and the scoping constructs pylc
// cannot compile yet (closures, nonlocal).
#pragma once

#include "frontend/AST.h"

#include <set>
#include <string>
#include <vector>

namespace pylc {

struct Scope {
  bool isModule = false;
  std::set<std::string> locals;  // bound in the body and not declared global
  std::set<std::string> globals; // declared `global`
  std::vector<std::string> localOrder; // locals in first-binding order (co_varnames)
  const Scope *enclosing = nullptr;    // the enclosing function's scope, if any

  bool isLocal(const std::string &name) const { return !isModule && locals.count(name); }
};

// Analyses `body` (a function's, with its parameter names, or the module's). Throws
// CompileError for compile-time SyntaxErrors and unsupported scoping.
Scope analyseScope(const std::string &file, const ast::StmtList &body,
                   const std::vector<std::string> &params, bool isModule,
                   const Scope *enclosing);

} // namespace pylc
