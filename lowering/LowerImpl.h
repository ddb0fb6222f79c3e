// The lowering of one function body; shared by LowerStmt.cpp and LowerExpr.cpp.
#pragma once

#include "frontend/AST.h"
#include "frontend/Diagnostics.h"
#include "ir/Builder.h"
#include "lowering/Scope.h"

#include <string>
#include <vector>

namespace pylc {

// What the lowerings of one module's functions share.
struct ModuleLowering {
  // The frozenset constants lowered so far. CPython's compiler merges a frozenset constant
  // into an earlier one that holds the same constants (in whatever order), so the first
  // one's items, and with them its iteration order, hold for all. Functions are lowered in
  // the order CPython compiles them (a body when its `def` is reached, after the
  // decorators and defaults), so "first" means the same here.
  std::vector<ir::ConstData> frozensets;
};

class FunctionLowering {
public:
  FunctionLowering(ModuleLowering &shared, ir::Module &module, ir::Function *fn,
                   const std::string &file, Scope scope)
      : shared_(shared), module_(module), fn_(fn), b_(fn), file_(file), scope_(std::move(scope)) {}

  // Lowers the statements as the function's body, ending with `return None`.
  void lowerBody(const ast::StmtList &body, const std::vector<std::string> &paramNames);

  // Lowers the statements as the module body (names are globals; ends with `return None`).
  void lowerModuleBody(const ast::StmtList &body);

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
  struct Loop {
    ir::Block *continueTo, *breakTo;
    ir::Value *iterator; // owned by a `for` loop, null for `while`
  };

  void at(SourceRange loc) { b_.setLoc(ir::Loc{loc.line, loc.col, loc.endLine, loc.endCol}); }
  ir::Block *startBlock(ir::Block *bb) {
    b_.setBlock(bb);
    return bb;
  }
  // A fresh block for code after a terminator, so unreachable statements still lower.
  void ensureOpen() {
    if (!b_.isOpen())
      b_.setBlock(b_.newBlock());
  }

  // Statements.
  void functionDef(const ast::FunctionDefBase &f);
  void assign(const ast::Assign &a);
  void augAssign(const ast::AugAssign &a);
  void annAssign(const ast::AnnAssign &a);
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
  void releaseLoopIterators(size_t downTo);

  // Names.
  ir::Value *loadName(const std::string &name, SourceRange loc);
  void storeName(const std::string &name, ir::Value *owned);
  void deleteName(const std::string &name, SourceRange loc);
  bool isGlobalName(const std::string &name) const {
    return scope_.isModule || !scope_.isLocal(name);
  }

  // Expressions.
  ir::Value *constant(const ast::ConstantValue &c);
  ir::Value *boolOp(const ast::BoolOp &e);
  ir::Value *ifExp(const ast::IfExp &e);
  ir::Value *compare(const ast::Compare &e);
  ir::Value *compareOne(ast::CmpOpKind op, ir::Value *l, ir::Value *r);
  ir::Value *binOp(const ast::BinOp &e);
  ir::Value *unaryOp(const ast::UnaryOp &e);
  ir::Value *call(const ast::Call &e);
  ir::Value *plainCall(ir::Opcode op, std::vector<ir::Value *> leading, const ast::Call &e);
  ir::Value *callWithStars(const ast::Call &e, ir::Value *fn);
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
  Scope scope_;
  std::vector<Loop> loops_;
};

} // namespace pylc
