// The lowering of one function body; shared by LowerStmt.cpp and LowerExpr.cpp.
#pragma once

#include "frontend/AST.h"
#include "frontend/Diagnostics.h"
#include "ir/Builder.h"
#include "lowering/SymbolTable.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace pylc {

// The names a module binds to the `pylc` package at its top level (`import pylc [as p]`,
// `from pylc import cfunc, ptr`), by which lowering recognises @pylc.cfunc declarations.
struct PylcNames {
  std::set<std::string> modules, cfunc, ptr;
};
PylcNames pylcNamesOf(const ast::Module &m);

// A module-level @pylc.cfunc def, for its call sites: `name(args)` where `name` is a global
// becomes a guarded direct ccall. The def's function and signature are filled in when the
// def is lowered; call sites lowered before that (in functions defined earlier) wait in
// `pending`.
struct CFuncDecl {
  size_t nparams = 0;
  ir::Function *fn = nullptr;
  std::string symbol;
  std::vector<std::string> signature;
  std::vector<ir::Instr *> pending;
};
// The module's cfunc defs by name (a name declared twice is left out).
std::map<std::string, CFuncDecl> cfuncDeclsOf(const ast::Module &m, const PylcNames &names);

// Helpers of `def` (Lower.cpp): the docstring of a body (or null), the parameters of a new
// function, and its Python-visible signature (returning the parameter names).
const std::string *docstring(const ast::StmtList &body);
void addParams(ir::Function *f, const std::vector<std::string> &names,
               const std::string &privateName);
std::vector<std::string> signatureOf(const std::string &file, const ast::FunctionDefBase &f,
                                     ir::Signature &sig);

// What the lowerings of one module's functions share.
struct ModuleLowering {
  // The frozenset constants lowered so far. CPython's compiler merges a frozenset constant
  // into an earlier one that holds the same constants (in whatever order), so the first
  // one's items, and with them its iteration order, hold for all. Functions are lowered in
  // the order CPython compiles them (a body when its `def` is reached, after the
  // decorators and defaults), so "first" means the same here.
  std::vector<ir::ConstData> frozensets;
  PylcNames pylc;
  std::map<std::string, CFuncDecl> cfuncs;
};

class FunctionLowering {
public:
  FunctionLowering(ModuleLowering &shared, ir::Module &module, ir::Function *fn,
                   const std::string &file, const SymbolTable &table, const SymbolScope &scope,
                   std::string privateName)
      : shared_(shared), module_(module), fn_(fn), b_(fn), file_(file), table_(table),
        sym_(scope), private_(std::move(privateName)) {
    b_.setTraceLines(true);
  }

  // Lowers the statements as the function's body, ending with `return None`.
  void lowerBody(const ast::StmtList &body);
  // A lambda's body: `return expr`.
  void lowerLambdaBody(const ast::Expr &body);
  // Lowers the statements as the module body (names are globals; ends with `return None`).
  void lowerModuleBody(const ast::StmtList &body);
  // A class body, run with the class namespace as its locals mapping.
  void lowerClassBody(const ast::ClassDef &c);
  // A list/set/dict comprehension's function: its parameter `.0` is the first iterator.
  void lowerComprehensionBody(const ast::Expr &e);

  // Statements (LowerStmt.cpp).
  void stmts(const ast::StmtList &body);
  void stmt(const ast::Stmt &s);

  // Expressions (LowerExpr.cpp): the result is owned or borrowed (see Value::isOwned);
  // the caller releases it with b_.release().
  ir::Value *expr(const ast::Expr &e);
  // Branches on the truth of `e`, short-circuiting `and`, `or` and `not`.
  void condition(const ast::Expr &e, ir::Block *ifTrue, ir::Block *ifFalse);
  // Stores an owned `value` into an assignment target (consuming it).
  void store(const ast::Expr &target, ir::Value *value);

  // Reports a construct pylc cannot compile yet: `what` names it with its verb, e.g.
  // "class definitions are", and the message reads "class definitions are not supported yet".
  [[noreturn]] void unsupported(SourceRange loc, const std::string &what) const;
  [[noreturn]] void syntaxError(SourceRange loc, const std::string &msg) const;

private:
  // What return, break and continue must undo on their way out (CPython's fblocks):
  // iterators of loops, finally bodies, handled-exception states, with exits, a value
  // whose return a finally body delays.
  struct FBlock {
    enum class Kind { Loop, TryExcept, FinallyTry, Handler, With, PendingValue } kind;
    ir::Block *outerUnwind = nullptr; // the handler active outside this block
    // Loop
    ir::Block *continueTo = nullptr, *breakTo = nullptr;
    ir::Value *iterator = nullptr; // owned by a `for` loop, null for `while`
    // FinallyTry
    const ast::StmtList *finalbody = nullptr;
    // Handler: the exception and the handled one it replaced; the `as` name to clear
    ir::Value *exc = nullptr, *prev = nullptr;
    const std::string *name = nullptr;
    bool star = false; // an except* clause: return, break and continue cannot leave it
    bool isAsync = false; // With: `async with`
    // With: the bound __exit__ and the statement; PendingValue: the value
    ir::Value *value = nullptr;
    SourceRange loc;
  };

  void at(SourceRange loc) { b_.setLoc(ir::Loc{loc.line, loc.col, loc.endLine, loc.endCol}); }
  // A backward jump to `target`: the interpreter's eval-breaker check, then the jump. `loc`
  // is the jump's own location where CPython gives it one (`continue`, `while True:`);
  // without one the check reports where the frame already is (the code before the jump).
  void jumpBack(ir::Block *target, const SourceRange *loc = nullptr) {
    ir::Loc saved = b_.loc();
    b_.setLoc(loc ? ir::Loc{loc->line, loc->col, loc->endLine, loc->endCol} : ir::Loc{});
    b_.create(ir::Opcode::EvalCheck, {});
    b_.setLoc(saved);
    b_.br(target);
  }
  // `return None` at the end of a body: it has no line of its own (CPython gives it its
  // predecessor's), so it starts no traced line.
  void implicitReturn() {
    b_.setLoc(ir::Loc{});
    b_.ret(b_.incref(b_.none()));
  }
  // `cur`, the location of an instruction acting on attribute `a` (its load, store, del,
  // method load or method call), as CPython 3.11 reports it (update_start_location_to_match_attr).
  static SourceRange attrLoc(SourceRange cur, const ast::Attribute &a);
  ir::Block *startBlock(ir::Block *bb) {
    b_.setBlock(bb);
    return bb;
  }
  // A fresh block for code after a terminator, so unreachable statements still lower.
  void ensureOpen() {
    if (!b_.isOpen())
      b_.setBlock(b_.newBlock());
  }

  // Scopes and functions (LowerScope.cpp).
  void beginFunction();
  void finishSlots();
  std::string qualnameOf(const std::string &name) const;
  // Creates the function object of `child` (its closure from this function's cells) with
  // the given default, keyword-default and annotation values (owned, may be null).
  ir::Value *makeFunction(ir::Function *child, const SymbolScope &childScope,
                          ir::Value *defaults, ir::Value *kwdefaults, ir::Value *annotations);
  // The function of a `def`: its signature, docstring and parameters.
  ir::Function *defFunction(const ast::FunctionDefBase &f, const SymbolScope &scope,
                            int firstLine);
  ir::Function *newFunction(const std::string &name, ir::FunctionKind kind,
                            const SymbolScope &scope, int firstLine);
  ir::Value *defaultsOf(const ast::Arguments &a, ir::Value **kwdefaults);
  ir::Value *annotationsOf(const ast::Arguments &a, const ast::Expr *returns);
  void classDef(const ast::ClassDef &c);
  ir::Value *lambda(const ast::Lambda &e);
  ir::Value *comprehension(const ast::Expr &e);
  void comprehensionLoop(const ast::Expr &e, const std::vector<ast::Comprehension> &gens,
                         size_t index, ir::Value *result);
  // The element of the innermost loop: append, add, set the item, or yield it.
  void comprehensionElement(const ast::Expr &e, ir::Value *result);
  unsigned slotOf(const std::string &mangled);
  unsigned classCellSlot(); // a class body's implicit __class__ cell
  void startGenerator();
  // Suspends at gen.yield/gen.yieldfrom (stealing `owned`); the result is what resumes it.
  ir::Value *yieldValue(ir::Opcode op, ir::Value *owned);
  bool isFunctionScope() const { return sym_.kind == SymbolScope::Kind::Function; }
  // An `async def` (COMPILER_SCOPE_ASYNC_FUNCTION): not a comprehension, even one that
  // awaits.
  bool isAsyncDef() const {
    return isFunctionScope() && sym_.isCoroutine && !sym_.isComprehension && !sym_.isLambda;
  }

  // Statements.
  void functionDef(const ast::FunctionDefBase &f);
  // @pylc.cfunc declarations (LowerCFunc.cpp): the decorator if `f` has one, the C type an
  // annotation names, the def, and its body (a ccall).
  const ast::Call *cfuncDecorator(const ast::FunctionDefBase &f) const;
  std::string cfuncType(const ast::Expr *annotation, SourceRange loc, bool result) const;
  void cfuncDef(const ast::FunctionDefBase &f, const ast::Call &decorator);
  void lowerCFuncBody(const ast::FunctionDefBase &f, const std::string &symbol,
                      const std::vector<std::string> &signature);
  // A call `name(args)` of a cfunc def: a ccall guarded by the callee's identity.
  ir::Value *cfuncCall(const ast::Call &e, CFuncDecl &decl);
  // Whether a load of `name` here reads the module's globals (then builtins).
  bool isGlobalName(const std::string &name) const;
  void assign(const ast::Assign &a);
  void augAssign(const ast::AugAssign &a);
  void annAssign(const ast::AnnAssign &a);
  void annSubscript(const ast::Expr &key);
  void ifStmt(const ast::If &s);
  void whileStmt(const ast::While &s);
  void forStmt(const ast::For &s);
  void returnStmt(const ast::Return &s);
  void breakOrContinue(const ast::Stmt &s, bool isBreak);
  void deleteTarget(const ast::Expr &target);
  void importStmt(const ast::Import &s);
  void importFrom(const ast::ImportFrom &s);
  void raiseStmt(const ast::Raise &s);
  void assertStmt(const ast::Assert &s);
  // Exceptions and with (LowerTry.cpp).
  void tryStmt(const ast::TryBase &t);
  void tryExcept(const ast::TryBase &t);
  void protectedBody(const ast::TryBase &t, ir::Block *dispatch, ir::Block *after);
  void handlerCleanup(ir::Block *cleanup, ir::Block *outer, ir::Value *prev,
                      std::initializer_list<ir::Value *> held);
  void tryStar(const ast::TryBase &t);
  void starClause(const ast::ExceptHandler &h, ir::Value *&rest, ir::Value *raised,
                  ir::Value *prev, ir::Value *orig, ir::Block *cleanup);
  void checkLeavable(size_t downTo, SourceRange loc);
  void withStmt(const ast::WithBase &w, size_t item);
  void asyncFor(const ast::ForBase &s);
  ir::Value *callExit(ir::Value *exit, ir::Value *exc, bool isAsync);
  // `await`: GET_AWAITABLE (where: its oparg) then delegation; steals `owned`.
  ir::Value *awaitValue(ir::Value *owned, int where);
  // Pattern matching (LowerMatch.cpp): each pattern function consumes its owned subject.
  struct PatternContext;
  void matchStmt(const ast::Match &m);
  void pattern(const ast::Pattern &p, ir::Value *subject, PatternContext &pc);
  void subpattern(const ast::Pattern &p, ir::Value *subject, PatternContext &pc);
  void sequencePattern(const ast::MatchSequence &p, ir::Value *subject, PatternContext &pc);
  void mappingPattern(const ast::MatchMapping &p, ir::Value *subject, PatternContext &pc);
  void classPattern(const ast::MatchClass &p, ir::Value *subject, PatternContext &pc);
  void orPattern(const ast::MatchOr &p, ir::Value *subject, PatternContext &pc);
  void validateKwdAttrs(const ast::MatchClass &p);
  void matchItems(ir::Value *items, const std::vector<const ast::Pattern *> &patterns,
                  PatternContext &pc, bool skipWildcards);
  void lengthCheck(ir::Value *subject, int64_t n, bool atLeast, PatternContext &pc);
  void storeCapture(const std::optional<std::string> &name, ir::Value *value,
                    PatternContext &pc);
  void failUnless(ir::Value *cond, PatternContext &pc);
  void failHere(PatternContext &pc);
  void failIfNone(ir::Value *value, PatternContext &pc);
  // Sets the current location of CPython's compiler while it compiles patterns.
  void setPatternLoc(SourceRange loc);
  // Leaves the fblocks above index `downTo` as return/break/continue do (`pending` is a
  // return value finally bodies must release if they return themselves).
  void unwindTo(size_t downTo, ir::Value *pending);
  void unwindOne(const FBlock &fb, ir::Value *pending);
  // The end of an except handler: restore the handled exception, clear the `as` name.
  void leaveHandler(ir::Value *prev, ir::Value *exc, const std::string *name);
  void clearHandlerName(const std::string *name);
  FBlock &pushFBlock(FBlock::Kind kind) {
    fblocks_.push_back(FBlock{kind});
    fblocks_.back().outerUnwind = b_.unwind();
    return fblocks_.back();
  }

  // Names.
  ir::Value *loadName(const std::string &name, SourceRange loc);
  void storeName(const std::string &name, ir::Value *owned);
  void deleteName(const std::string &name, SourceRange loc);

  // Expressions.
  ir::Value *constant(const ast::ConstantValue &c);
  ir::Value *boolOp(const ast::BoolOp &e);
  ir::Value *ifExp(const ast::IfExp &e);
  ir::Value *compare(const ast::Compare &e);
  ir::Value *compareOne(ast::CmpOpKind op, ir::Value *l, ir::Value *r);
  ir::Value *binOp(const ast::BinOp &e);
  ir::Value *unaryOp(const ast::UnaryOp &e);
  ir::Value *call(const ast::Call &e);
  ir::Value *plainCall(ir::Opcode op, std::vector<ir::Value *> leading, const ast::Call &e,
                       const ast::Attribute *method = nullptr);
  ir::Value *callWithStars(const ast::Call &e, ir::Value *fn);
  ir::Value *starredArgs(const ast::Call &e);
  ir::Value *sequence(ir::Opcode op, const std::vector<ast::ExprPtr> &elts);
  ir::Value *setAdd(ir::Value *set, ir::Value *item);
  ir::Value *dictDisplay(const ast::Dict &e);
  ir::Value *joinedStr(const ast::JoinedStr &e);
  ir::Value *formattedValue(const ast::FormattedValue &e);
  ir::Value *subscript(const ast::Subscript &e);
  ir::Value *slice(const ast::Slice &e);
  ir::Value *namedExpr(const ast::NamedExpr &e);
  // Evaluates each expression into an owned value (for instructions that steal).
  std::vector<ir::Value *> ownedExprs(const std::vector<ast::ExprPtr> &elts);
  void releaseAll(const std::vector<ir::Value *> &values);
  ir::Value *stringTuple(const std::vector<std::string> &strings);

  ModuleLowering &shared_;
  ir::Module &module_;
  ir::Function *fn_;
  ir::Builder b_;
  const std::string &file_;
  const SymbolTable &table_;
  const SymbolScope &sym_;
  std::string private_; // the enclosing class, for name mangling
  std::vector<FBlock> fblocks_;
  SourceRange patternLoc_; // the location CPython's compiler is at, in patterns
};

} // namespace pylc
