#include "lowering/Scope.h"

#include "frontend/Diagnostics.h"

#include "llvm/Support/Casting.h"

#include <functional>
#include <map>

using namespace llvm;

namespace pylc {
namespace {

// Collects bindings, uses and `global` declarations of one scope, without descending into
// nested function bodies (their default values and decorators belong to this scope).
class ScopeCollector {
public:
  ScopeCollector(const std::string &file, Scope &scope) : file_(file), scope_(scope) {}

  void stmts(const ast::StmtList &body) {
    for (auto &s : body)
      stmt(*s);
  }
  std::map<std::string, SourceRange> uses; // first load of each name

private:
  void bind(const std::string &name, SourceRange loc) {
    if (scope_.globals.count(name))
      return;
    if (!scope_.locals.count(name)) {
      scope_.locals.insert(name);
      scope_.localOrder.push_back(name);
    }
    bound_.emplace(name, loc);
  }
  void use(const std::string &name, SourceRange loc) {
    uses.emplace(name, loc);
  }
  void declareGlobal(const ast::Global &g);
  void stmt(const ast::Stmt &s);
  void expr(const ast::Expr *e);
  void target(const ast::Expr &e);
  void arguments(const ast::Arguments &a);

  const std::string &file_;
  Scope &scope_;
  std::map<std::string, SourceRange> bound_;
};

void ScopeCollector::declareGlobal(const ast::Global &g) {
  for (auto &name : g.names) {
    if (scope_.isModule) {
      scope_.globals.insert(name);
      continue;
    }
    if (bound_.count(name))
      throw CompileError(file_, g.loc,
                         "name '" + name + "' is assigned to before global declaration");
    if (uses.count(name))
      throw CompileError(file_, g.loc, "name '" + name + "' is used prior to global declaration");
    scope_.globals.insert(name);
  }
}

void ScopeCollector::arguments(const ast::Arguments &a) {
  for (auto &d : a.defaults)
    expr(d.get());
  for (auto &d : a.kw_defaults)
    expr(d.get());
}

void ScopeCollector::target(const ast::Expr &e) {
  switch (e.kind) {
  case ast::Expr::Kind::Name:
    bind(cast<ast::Name>(e).id, e.loc);
    break;
  case ast::Expr::Kind::Tuple:
    for (auto &x : cast<ast::Tuple>(e).elts)
      target(*x);
    break;
  case ast::Expr::Kind::List:
    for (auto &x : cast<ast::List>(e).elts)
      target(*x);
    break;
  case ast::Expr::Kind::Starred:
    target(*cast<ast::Starred>(e).value);
    break;
  default:
    expr(&e); // attribute and subscript targets only read names
  }
}

void ScopeCollector::stmt(const ast::Stmt &s) {
  using K = ast::Stmt::Kind;
  switch (s.kind) {
  case K::FunctionDef:
  case K::AsyncFunctionDef: {
    auto &f = cast<ast::FunctionDefBase>(s);
    for (auto &d : f.decorator_list)
      expr(d.get());
    arguments(f.args);
    bind(f.name, s.loc);
    break;
  }
  case K::ClassDef: {
    auto &c = cast<ast::ClassDef>(s);
    bind(c.name, s.loc);
    break;
  }
  case K::Return: expr(cast<ast::Return>(s).value.get()); break;
  case K::Delete:
    for (auto &t : cast<ast::Delete>(s).targets)
      target(*t);
    break;
  case K::Assign: {
    auto &a = cast<ast::Assign>(s);
    expr(a.value.get());
    for (auto &t : a.targets)
      target(*t);
    break;
  }
  case K::AugAssign: {
    auto &a = cast<ast::AugAssign>(s);
    expr(a.value.get());
    if (auto *n = dyn_cast<ast::Name>(a.target.get()))
      use(n->id, n->loc);
    target(*a.target);
    break;
  }
  case K::AnnAssign: {
    auto &a = cast<ast::AnnAssign>(s);
    expr(a.value.get());
    if (a.value || !isa<ast::Name>(a.target.get()))
      target(*a.target);
    else if (auto *n = dyn_cast<ast::Name>(a.target.get()))
      bind(n->id, n->loc); // `x: int` makes x local without assigning it
    break;
  }
  case K::For:
  case K::AsyncFor: {
    auto &f = cast<ast::ForBase>(s);
    expr(f.iter.get());
    target(*f.target);
    stmts(f.body);
    stmts(f.orelse);
    break;
  }
  case K::While: {
    auto &w = cast<ast::While>(s);
    expr(w.test.get());
    stmts(w.body);
    stmts(w.orelse);
    break;
  }
  case K::If: {
    auto &i = cast<ast::If>(s);
    expr(i.test.get());
    stmts(i.body);
    stmts(i.orelse);
    break;
  }
  case K::With:
  case K::AsyncWith: {
    auto &w = cast<ast::WithBase>(s);
    for (auto &item : w.items) {
      expr(item.context_expr.get());
      if (item.optional_vars)
        target(*item.optional_vars);
    }
    stmts(w.body);
    break;
  }
  case K::Try:
  case K::TryStar: {
    auto &t = cast<ast::TryBase>(s);
    stmts(t.body);
    for (auto &h : t.handlers) {
      expr(h.type.get());
      if (h.name)
        bind(*h.name, h.loc);
      stmts(h.body);
    }
    stmts(t.orelse);
    stmts(t.finalbody);
    break;
  }
  case K::Raise: {
    auto &r = cast<ast::Raise>(s);
    expr(r.exc.get());
    expr(r.cause.get());
    break;
  }
  case K::Assert: {
    auto &a = cast<ast::Assert>(s);
    expr(a.test.get());
    expr(a.msg.get());
    break;
  }
  case K::Import:
    for (auto &a : cast<ast::Import>(s).names)
      bind(a.asname ? *a.asname : a.name.substr(0, a.name.find('.')), a.loc);
    break;
  case K::ImportFrom:
    for (auto &a : cast<ast::ImportFrom>(s).names) {
      if (a.name == "*") {
        if (!scope_.isModule)
          throw CompileError(file_, s.loc, "import * only allowed at module level");
        continue;
      }
      bind(a.asname ? *a.asname : a.name, a.loc);
    }
    break;
  case K::Global: declareGlobal(cast<ast::Global>(s)); break;
  case K::Nonlocal:
    throw CompileError(file_, s.loc, "'nonlocal' statements are not supported yet");
  case K::Expr: expr(cast<ast::ExprStmt>(s).value.get()); break;
  case K::Match:
  case K::Pass:
  case K::Break:
  case K::Continue:
    break;
  }
}

// Visits an expression for name uses and walrus bindings (comprehension and lambda bodies
// are left to the lowering, which rejects them).
void ScopeCollector::expr(const ast::Expr *e) {
  if (!e)
    return;
  using K = ast::Expr::Kind;
  switch (e->kind) {
  case K::Name: use(cast<ast::Name>(e)->id, e->loc); return;
  case K::NamedExpr: {
    auto *n = cast<ast::NamedExpr>(e);
    expr(n->value.get());
    target(*n->target);
    return;
  }
  case K::BoolOp: for (auto &v : cast<ast::BoolOp>(e)->values) expr(v.get()); return;
  case K::BinOp: expr(cast<ast::BinOp>(e)->left.get()); expr(cast<ast::BinOp>(e)->right.get()); return;
  case K::UnaryOp: expr(cast<ast::UnaryOp>(e)->operand.get()); return;
  case K::IfExp: {
    auto *i = cast<ast::IfExp>(e);
    expr(i->test.get()); expr(i->body.get()); expr(i->orelse.get());
    return;
  }
  case K::Dict:
    for (auto &k : cast<ast::Dict>(e)->keys) expr(k.get());
    for (auto &v : cast<ast::Dict>(e)->values) expr(v.get());
    return;
  case K::Set: for (auto &v : cast<ast::Set>(e)->elts) expr(v.get()); return;
  case K::List: for (auto &v : cast<ast::List>(e)->elts) expr(v.get()); return;
  case K::Tuple: for (auto &v : cast<ast::Tuple>(e)->elts) expr(v.get()); return;
  case K::Compare:
    expr(cast<ast::Compare>(e)->left.get());
    for (auto &c : cast<ast::Compare>(e)->comparators) expr(c.get());
    return;
  case K::Call:
    expr(cast<ast::Call>(e)->func.get());
    for (auto &a : cast<ast::Call>(e)->args) expr(a.get());
    for (auto &k : cast<ast::Call>(e)->keywords) expr(k.value.get());
    return;
  case K::FormattedValue:
    expr(cast<ast::FormattedValue>(e)->value.get());
    expr(cast<ast::FormattedValue>(e)->format_spec.get());
    return;
  case K::JoinedStr: for (auto &v : cast<ast::JoinedStr>(e)->values) expr(v.get()); return;
  case K::Attribute: expr(cast<ast::Attribute>(e)->value.get()); return;
  case K::Subscript:
    expr(cast<ast::Subscript>(e)->value.get());
    expr(cast<ast::Subscript>(e)->slice.get());
    return;
  case K::Starred: expr(cast<ast::Starred>(e)->value.get()); return;
  case K::Slice:
    expr(cast<ast::Slice>(e)->lower.get());
    expr(cast<ast::Slice>(e)->upper.get());
    expr(cast<ast::Slice>(e)->step.get());
    return;
  case K::Await: expr(cast<ast::Await>(e)->value.get()); return;
  case K::Yield: expr(cast<ast::Yield>(e)->value.get()); return;
  case K::YieldFrom: expr(cast<ast::YieldFrom>(e)->value.get()); return;
  default: return; // Constant; lambda and comprehensions are rejected by the lowering
  }
}

} // namespace

Scope analyseScope(const std::string &file, const ast::StmtList &body,
                   const std::vector<std::string> &params, bool isModule,
                   const Scope *enclosing) {
  Scope scope;
  scope.isModule = isModule;
  scope.enclosing = enclosing;
  for (auto &p : params) {
    scope.locals.insert(p);
    scope.localOrder.push_back(p);
  }
  ScopeCollector collector(file, scope);
  collector.stmts(body);
  if (isModule)
    scope.locals.clear();
  // A free name that an enclosing function binds would be a closure cell.
  for (auto &[name, loc] : collector.uses) {
    if (scope.isLocal(name) || scope.globals.count(name))
      continue;
    for (const Scope *s = enclosing; s; s = s->enclosing)
      if (s->isLocal(name) && !s->globals.count(name))
        throw CompileError(file, loc,
                           "closures (the use of '" + name +
                               "' from an enclosing function) are not supported yet");
  }
  return scope;
}

} // namespace pylc
