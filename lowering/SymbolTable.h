// The symbol table: for every scope of a module (the module, each class body, function,
// lambda and comprehension), the kind of each name, decided as CPython 3.11's symtable.c
// decides it. A first pass records how each scope binds and uses names; a second pass
// resolves free variables through the enclosing scopes, turning a function's locals that
// inner scopes use into cells. Lowering asks this table and never analyses a scope itself.
// It also raises the SyntaxErrors that CPython's symtable raises.
#pragma once

#include "frontend/AST.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace pylc {

// How code reads and writes a name (CPython's scope values).
enum class NameScope : uint8_t {
  Local = 1,          // a fast local (functions) or a namespace name (module, class body)
  GlobalExplicit = 2, // declared `global`
  GlobalImplicit = 3, // not bound anywhere it could be seen from: a global or builtin
  Free = 4,           // bound in an enclosing function: a cell of the closure
  Cell = 5,           // a local that inner scopes use: kept in a cell
};

// Flags of a name in one scope (CPython's DEF_* flags).
enum SymbolFlag : unsigned {
  DefGlobal = 1,       // `global` statement
  DefLocal = 2,        // assignment in code block
  DefParam = 4,        // parameter
  DefNonlocal = 8,     // `nonlocal` statement
  Use = 16,            // read
  DefFree = 32,        // (unused, as in CPython)
  DefFreeClass = 64,   // a class body name that is also free in a method (LOAD_CLASSDEREF)
  DefImport = 128,     // bound by an import
  DefAnnot = 256,      // annotated
  DefCompIter = 512,   // a comprehension's iteration variable
  DefBound = DefLocal | DefParam | DefImport,
};

struct Symbol {
  std::string name;
  unsigned flags = 0;
  NameScope scope = NameScope::GlobalImplicit;
  SourceRange declLoc; // the global/nonlocal statement that declares it, if any
};

class SymbolScope {
public:
  enum class Kind : uint8_t { Module, Class, Function };
  Kind kind;
  std::string name;           // "top", the class name, the function name, "lambda", "listcomp"...
  bool isLambda = false;
  bool isComprehension = false;
  bool isGenerator = false;   // yield, or a generator expression
  bool isCoroutine = false;   // async def (or a comprehension with await)
  bool isNested = false;      // inside a function
  bool hasFree = false;       // uses free variables
  bool hasChildFree = false;  // an inner scope uses free variables
  bool needsClassClosure = false; // a class whose methods use __class__ or super
  bool returnsValue = false;
  SymbolScope *parent = nullptr;
  std::vector<std::unique_ptr<SymbolScope>> children;
  std::vector<std::string> params; // in CPython's order (co_varnames' first entries)

  // The names of this scope, in order of first appearance.
  const std::vector<Symbol> &symbols() const { return symbols_; }
  // The symbol of `name` (mangled), or null when the scope never mentions it.
  const Symbol *lookup(const std::string &name) const;
  NameScope scopeOf(const std::string &name) const;
  unsigned flagsOf(const std::string &name) const;
  // co_cellvars and co_freevars, sorted as CPython sorts them.
  std::vector<std::string> cellvars() const;
  std::vector<std::string> freevars() const;

  // Building (SymbolTable.cpp).
  Symbol &add(const std::string &name);

private:
  std::vector<Symbol> symbols_;
  std::map<std::string, size_t> index_;
};

class SymbolTable {
public:
  // Builds the table of `module`; throws CompileError for SyntaxErrors.
  static std::unique_ptr<SymbolTable> build(const std::string &file, const ast::Module &module);

  const SymbolScope &top() const { return *top_; }
  // The scope a FunctionDef, Lambda, ClassDef or comprehension node opens.
  const SymbolScope &scopeOf(const void *node) const { return *scopes_.at(node); }

private:
  friend class SymbolTableBuilder;
  std::unique_ptr<SymbolScope> top_;
  std::map<const void *, SymbolScope *> scopes_;
};

// Private name mangling inside a class (`__x` in class C becomes `_C__x`).
std::string mangle(const std::string &className, const std::string &name);

} // namespace pylc
