#include "lowering/SymbolTable.h"

#include "frontend/Diagnostics.h"

#include "llvm/Support/Casting.h"

#include <algorithm>
#include <set>

using namespace llvm;

namespace pylc {

std::string mangle(const std::string &className, const std::string &name) {
  // _Py_Mangle: only __names not ending in __, without dots, in a class whose name is not
  // all underscores.
  if (className.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_')
    return name;
  if (name.compare(name.size() - 2, 2, "__") == 0) // also "___"
    return name;
  if (name.find('.') != std::string::npos)
    return name;
  size_t start = className.find_first_not_of('_');
  if (start == std::string::npos)
    return name;
  return "_" + className.substr(start) + name;
}

const Symbol *SymbolScope::lookup(const std::string &name) const {
  auto it = index_.find(name);
  return it == index_.end() ? nullptr : &symbols_[it->second];
}

NameScope SymbolScope::scopeOf(const std::string &name) const {
  const Symbol *s = lookup(name);
  return s ? s->scope : NameScope::GlobalImplicit;
}

unsigned SymbolScope::flagsOf(const std::string &name) const {
  const Symbol *s = lookup(name);
  return s ? s->flags : 0;
}

Symbol &SymbolScope::add(const std::string &name) {
  auto [it, inserted] = index_.emplace(name, symbols_.size());
  if (inserted)
    symbols_.push_back(Symbol{name, 0, NameScope::GlobalImplicit});
  return symbols_[it->second];
}

std::vector<std::string> SymbolScope::cellvars() const {
  std::vector<std::string> out;
  for (auto &s : symbols_)
    if (s.scope == NameScope::Cell)
      out.push_back(s.name);
  if (needsClassClosure)
    out.push_back("__class__");
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> SymbolScope::freevars() const {
  std::vector<std::string> out;
  for (auto &s : symbols_)
    if (s.scope == NameScope::Free || (s.flags & DefFreeClass))
      out.push_back(s.name);
  std::sort(out.begin(), out.end());
  return out;
}

// ---------------------------------------------------------------- pass 1: definitions

class SymbolTableBuilder {
public:
  SymbolTableBuilder(const std::string &file, SymbolTable &table) : file_(file), table_(table) {}

  void module(const ast::Module &m) {
    table_.top_ = std::make_unique<SymbolScope>();
    table_.top_->kind = SymbolScope::Kind::Module;
    table_.top_->name = "top";
    cur_ = table_.top_.get();
    stmts(m.body);
    analyze();
  }

private:
  [[noreturn]] void error(SourceRange loc, const std::string &msg) const {
    throw CompileError(file_, loc, msg);
  }

  SymbolScope *enter(SymbolScope::Kind kind, const std::string &name, const void *node) {
    auto child = std::make_unique<SymbolScope>();
    child->kind = kind;
    child->name = name;
    child->parent = cur_;
    child->isNested =
        cur_->isNested || cur_->kind == SymbolScope::Kind::Function;
    SymbolScope *raw = child.get();
    cur_->children.push_back(std::move(child));
    table_.scopes_[node] = raw;
    cur_ = raw;
    return raw;
  }
  void leave() { cur_ = cur_->parent; }

  // symtable_add_def_helper
  void addDef(const std::string &rawName, unsigned flag, SourceRange loc, SymbolScope *scope) {
    std::string name = mangle(private_, rawName);
    Symbol &sym = scope->add(name);
    if ((flag & DefParam) && (sym.flags & DefParam))
      error(loc, "duplicate argument '" + name + "' in function definition");
    sym.flags |= flag;
    if ((flag & (DefGlobal | DefNonlocal)) && !sym.declLoc.line)
      sym.declLoc = loc;
    if (flag & DefParam)
      scope->params.push_back(name);
    else if ((flag & DefGlobal) && scope != table_.top_.get()) {
      // A `global` in a nested scope also makes the name global at module level.
      table_.top_->add(name).flags |= flag;
    }
  }
  void addDef(const std::string &name, unsigned flag, SourceRange loc) {
    addDef(name, flag, loc, cur_);
  }

  void stmts(const ast::StmtList &body) {
    for (auto &s : body)
      stmt(*s);
  }
  void exprs(const std::vector<ast::ExprPtr> &es) {
    for (auto &e : es)
      expr(e.get());
  }
  void stmt(const ast::Stmt &s);
  void expr(const ast::Expr *e);
  void functionDef(const ast::FunctionDefBase &f);
  void classDef(const ast::ClassDef &c);
  void declaration(const ast::Stmt &s, bool isGlobal, const std::vector<std::string> &names);
  void arguments(const ast::Arguments &a, SourceRange loc);
  void annotations(const ast::Arguments &a, const ast::Expr *returns);
  void comprehension(const ast::Expr &e, const char *scopeName,
                     const std::vector<ast::Comprehension> &gens, const ast::Expr *elt,
                     const ast::Expr *value, bool isGenerator);
  void namedExprTarget(const ast::Name &target);
  void yieldHere(const ast::Expr &e);
  void handler(const ast::ExceptHandler &h);
  void pattern(const ast::Pattern &p);

  void analyze();

  const std::string &file_;
  SymbolTable &table_;
  SymbolScope *cur_ = nullptr;
  std::string private_; // the enclosing class name, for mangling
  bool compIterTarget_ = false; // visiting a comprehension's `for` target
};

void SymbolTableBuilder::arguments(const ast::Arguments &a, SourceRange loc) {
  for (auto *list : {&a.posonlyargs, &a.args, &a.kwonlyargs})
    for (auto &p : *list)
      addDef(p.arg, DefParam, p.loc);
  if (a.vararg)
    addDef(a.vararg->arg, DefParam, a.vararg->loc);
  if (a.kwarg)
    addDef(a.kwarg->arg, DefParam, a.kwarg->loc);
}

void SymbolTableBuilder::annotations(const ast::Arguments &a, const ast::Expr *returns) {
  for (auto *list : {&a.posonlyargs, &a.args, &a.kwonlyargs})
    for (auto &p : *list)
      expr(p.annotation.get());
  if (a.vararg)
    expr(a.vararg->annotation.get());
  if (a.kwarg)
    expr(a.kwarg->annotation.get());
  expr(returns);
}

void SymbolTableBuilder::functionDef(const ast::FunctionDefBase &f) {
  addDef(f.name, DefLocal, f.loc);
  exprs(f.args.defaults);
  for (auto &d : f.args.kw_defaults)
    expr(d.get());
  annotations(f.args, f.returns.get());
  exprs(f.decorator_list);
  SymbolScope *s = enter(SymbolScope::Kind::Function, f.name, &f);
  s->isCoroutine = f.kind == ast::Stmt::Kind::AsyncFunctionDef;
  arguments(f.args, f.loc);
  stmts(f.body);
  leave();
}

void SymbolTableBuilder::classDef(const ast::ClassDef &c) {
  addDef(c.name, DefLocal, c.loc);
  exprs(c.bases);
  for (auto &k : c.keywords)
    expr(k.value.get());
  exprs(c.decorator_list);
  enter(SymbolScope::Kind::Class, c.name, &c);
  std::string saved = private_;
  private_ = c.name;
  stmts(c.body);
  private_ = saved;
  leave();
}

void SymbolTableBuilder::declaration(const ast::Stmt &s, bool isGlobal,
                                     const std::vector<std::string> &names) {
  for (auto &raw : names) {
    std::string name = mangle(private_, raw);
    unsigned cur = cur_->flagsOf(name);
    const char *what = isGlobal ? "global" : "nonlocal";
    if (cur & (DefParam | DefLocal | Use | DefAnnot)) {
      std::string msg;
      if (cur & DefParam)
        msg = "name '" + name + "' is parameter and " + what;
      else if (cur & Use)
        msg = "name '" + name + "' is used prior to " + what + " declaration";
      else if (cur & DefAnnot)
        msg = "annotated name '" + name + "' can't be " + what;
      else
        msg = "name '" + name + "' is assigned to before " + what + " declaration";
      error(s.loc, msg);
    }
    if (!isGlobal && cur_->kind == SymbolScope::Kind::Module)
      error(s.loc, "nonlocal declaration not allowed at module level");
    addDef(raw, isGlobal ? DefGlobal : DefNonlocal, s.loc);
  }
}

void SymbolTableBuilder::handler(const ast::ExceptHandler &h) {
  expr(h.type.get());
  if (h.name)
    addDef(*h.name, DefLocal, h.loc);
  stmts(h.body);
}

// symtable_visit_pattern: capture names bind in the scope, value expressions are uses.
void SymbolTableBuilder::pattern(const ast::Pattern &p) {
  using K = ast::Pattern::Kind;
  switch (p.kind) {
  case K::MatchValue: expr(cast<ast::MatchValue>(p).value.get()); break;
  case K::MatchSingleton: break;
  case K::MatchSequence:
    for (auto &sub : cast<ast::MatchSequence>(p).patterns)
      pattern(*sub);
    break;
  case K::MatchStar:
    if (auto &name = cast<ast::MatchStar>(p).name)
      addDef(*name, DefLocal, p.loc);
    break;
  case K::MatchMapping: {
    auto &m = cast<ast::MatchMapping>(p);
    exprs(m.keys);
    for (auto &sub : m.patterns)
      pattern(*sub);
    if (m.rest)
      addDef(*m.rest, DefLocal, p.loc);
    break;
  }
  case K::MatchClass: {
    auto &c = cast<ast::MatchClass>(p);
    expr(c.cls.get());
    for (auto &sub : c.patterns)
      pattern(*sub);
    for (auto &sub : c.kwd_patterns)
      pattern(*sub);
    break;
  }
  case K::MatchAs: {
    auto &a = cast<ast::MatchAs>(p);
    if (a.pattern)
      pattern(*a.pattern);
    if (a.name)
      addDef(*a.name, DefLocal, p.loc);
    break;
  }
  case K::MatchOr:
    for (auto &sub : cast<ast::MatchOr>(p).patterns)
      pattern(*sub);
    break;
  }
}

void SymbolTableBuilder::stmt(const ast::Stmt &s) {
  using K = ast::Stmt::Kind;
  switch (s.kind) {
  case K::FunctionDef:
  case K::AsyncFunctionDef: functionDef(cast<ast::FunctionDefBase>(s)); break;
  case K::ClassDef: classDef(cast<ast::ClassDef>(s)); break;
  case K::Return: {
    auto &r = cast<ast::Return>(s);
    if (r.value) {
      expr(r.value.get());
      cur_->returnsValue = true;
    }
    break;
  }
  case K::Delete: exprs(cast<ast::Delete>(s).targets); break;
  case K::Assign: {
    auto &a = cast<ast::Assign>(s);
    exprs(a.targets);
    expr(a.value.get());
    break;
  }
  case K::AnnAssign: {
    auto &a = cast<ast::AnnAssign>(s);
    if (auto *n = dyn_cast<ast::Name>(a.target.get())) {
      std::string name = mangle(private_, n->id);
      unsigned cur = cur_->flagsOf(name);
      if ((cur & (DefGlobal | DefNonlocal)) && cur_ != table_.top_.get() && a.simple)
        error(s.loc, std::string("annotated name '") + name + "' can't be " +
                         ((cur & DefGlobal) ? "global" : "nonlocal"));
      if (a.simple)
        addDef(n->id, DefAnnot | DefLocal, n->loc);
      else if (a.value)
        addDef(n->id, DefLocal, n->loc);
    } else {
      expr(a.target.get());
    }
    expr(a.annotation.get());
    expr(a.value.get());
    break;
  }
  case K::AugAssign: {
    auto &a = cast<ast::AugAssign>(s);
    expr(a.target.get());
    expr(a.value.get());
    break;
  }
  case K::For:
  case K::AsyncFor: {
    auto &f = cast<ast::ForBase>(s);
    expr(f.target.get());
    expr(f.iter.get());
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
  case K::Match: {
    auto &m = cast<ast::Match>(s);
    expr(m.subject.get());
    for (auto &c : m.cases) { // symtable_visit_match_case
      pattern(*c.pattern);
      expr(c.guard.get());
      stmts(c.body);
    }
    break;
  }
  case K::Raise: {
    auto &r = cast<ast::Raise>(s);
    expr(r.exc.get());
    expr(r.cause.get());
    break;
  }
  case K::Try:
  case K::TryStar: {
    auto &t = cast<ast::TryBase>(s);
    stmts(t.body);
    stmts(t.orelse);
    for (auto &h : t.handlers)
      handler(h);
    stmts(t.finalbody);
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
      addDef(a.asname ? *a.asname : a.name.substr(0, a.name.find('.')), DefImport, a.loc);
    break;
  case K::ImportFrom:
    for (auto &a : cast<ast::ImportFrom>(s).names) {
      if (a.name == "*") {
        if (cur_->kind != SymbolScope::Kind::Module)
          error(s.loc, "import * only allowed at module level");
        continue;
      }
      addDef(a.asname ? *a.asname : a.name, DefImport, a.loc);
    }
    break;
  case K::Global: declaration(s, true, cast<ast::Global>(s).names); break;
  case K::Nonlocal: declaration(s, false, cast<ast::Nonlocal>(s).names); break;
  case K::Expr: expr(cast<ast::ExprStmt>(s).value.get()); break;
  case K::With:
  case K::AsyncWith: {
    auto &w = cast<ast::WithBase>(s);
    for (auto &item : w.items) {
      expr(item.context_expr.get());
      expr(item.optional_vars.get());
    }
    stmts(w.body);
    break;
  }
  case K::Pass:
  case K::Break:
  case K::Continue:
    break;
  }
}

void SymbolTableBuilder::yieldHere(const ast::Expr &e) {
  if (cur_->kind != SymbolScope::Kind::Function)
    error(e.loc, "'yield' outside function");
  if (cur_->isComprehension && !cur_->isGenerator) {
    const std::string &n = cur_->name;
    std::string what = n == "<listcomp>"  ? "list comprehension"
                       : n == "<setcomp>" ? "set comprehension"
                                          : "dict comprehension";
    error(e.loc, "'yield' inside " + what);
  }
  if (cur_->isComprehension)
    error(e.loc, "'yield' inside generator expression");
  cur_->isGenerator = true;
}

// symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the nearest
// enclosing function or module.
void SymbolTableBuilder::namedExprTarget(const ast::Name &target) {
  std::string name = mangle(private_, target.id);
  if (!cur_->isComprehension) {
    addDef(target.id, DefLocal, target.loc);
    return;
  }
  for (SymbolScope *s = cur_; s; s = s->parent) {
    if (s->isComprehension) {
      if (s->flagsOf(name) & DefCompIter)
        error(target.loc, "assignment expression cannot rebind comprehension iteration "
                          "variable '" + name + "'");
      continue;
    }
    if (s->kind == SymbolScope::Kind::Function) {
      addDef(target.id, (s->flagsOf(name) & DefGlobal) ? DefGlobal : DefNonlocal, target.loc);
      addDef(target.id, DefLocal, target.loc, s);
      return;
    }
    if (s->kind == SymbolScope::Kind::Module) {
      addDef(target.id, DefGlobal, target.loc);
      addDef(target.id, DefGlobal, target.loc, s);
      return;
    }
    error(target.loc,
          "assignment expression within a comprehension cannot be used in a class body");
  }
}

void SymbolTableBuilder::comprehension(const ast::Expr &e, const char *scopeName,
                                       const std::vector<ast::Comprehension> &gens,
                                       const ast::Expr *elt, const ast::Expr *value,
                                       bool isGenerator) {
  // The first iterable is evaluated in the enclosing scope.
  expr(gens[0].iter.get());
  SymbolScope *s = enter(SymbolScope::Kind::Function, scopeName, &e);
  s->isComprehension = true;
  s->isGenerator = isGenerator;
  if (gens[0].is_async)
    s->isCoroutine = true;
  addDef(".0", DefParam, e.loc);
  for (size_t i = 0; i < gens.size(); ++i) {
    auto &g = gens[i];
    compIterTarget_ = true;
    expr(g.target.get());
    compIterTarget_ = false;
    if (i > 0)
      expr(g.iter.get());
    exprs(g.ifs);
    if (g.is_async)
      s->isCoroutine = true;
  }
  expr(value);
  expr(elt);
  leave();
  // An asynchronous list, set or dict comprehension makes an enclosing comprehension
  // asynchronous too (symtable_handle_comprehension); anywhere else it is an error.
  if (s->isCoroutine && !isGenerator && cur_->isComprehension)
    cur_->isCoroutine = true;
}

void SymbolTableBuilder::expr(const ast::Expr *e) {
  if (!e)
    return;
  using K = ast::Expr::Kind;
  switch (e->kind) {
  case K::Name: {
    auto *n = cast<ast::Name>(e);
    if (n->ctx == ast::ExprContext::Load) {
      addDef(n->id, Use, n->loc);
      // super() needs the __class__ cell of the enclosing class.
      if (cur_->kind == SymbolScope::Kind::Function && n->id == "super")
        addDef("__class__", Use, n->loc);
    } else {
      addDef(n->id, DefLocal | (compIterTarget_ ? DefCompIter : 0), n->loc);
    }
    return;
  }
  case K::NamedExpr: {
    auto *n = cast<ast::NamedExpr>(e);
    expr(n->value.get());
    if (auto *t = dyn_cast<ast::Name>(n->target.get()))
      namedExprTarget(*t);
    else
      expr(n->target.get());
    return;
  }
  case K::Lambda: {
    auto *l = cast<ast::Lambda>(e);
    exprs(l->args.defaults);
    for (auto &d : l->args.kw_defaults)
      expr(d.get());
    SymbolScope *s = enter(SymbolScope::Kind::Function, "lambda", e);
    s->isLambda = true;
    arguments(l->args, e->loc);
    expr(l->body.get());
    leave();
    return;
  }
  case K::ListComp: {
    auto *c = cast<ast::ListComp>(e);
    comprehension(*e, "<listcomp>", c->generators, c->elt.get(), nullptr, false);
    return;
  }
  case K::SetComp: {
    auto *c = cast<ast::SetComp>(e);
    comprehension(*e, "<setcomp>", c->generators, c->elt.get(), nullptr, false);
    return;
  }
  case K::DictComp: {
    auto *c = cast<ast::DictComp>(e);
    comprehension(*e, "<dictcomp>", c->generators, c->key.get(), c->value.get(), false);
    return;
  }
  case K::GeneratorExp: {
    auto *c = cast<ast::GeneratorExp>(e);
    comprehension(*e, "<genexpr>", c->generators, c->elt.get(), nullptr, true);
    return;
  }
  case K::Yield:
    expr(cast<ast::Yield>(e)->value.get());
    yieldHere(*e);
    return;
  case K::YieldFrom:
    expr(cast<ast::YieldFrom>(e)->value.get());
    yieldHere(*e);
    return;
  case K::Await:
    expr(cast<ast::Await>(e)->value.get());
    if (cur_->isComprehension)
      cur_->isCoroutine = true;
    return;
  case K::BoolOp: exprs(cast<ast::BoolOp>(e)->values); return;
  case K::BinOp:
    expr(cast<ast::BinOp>(e)->left.get());
    expr(cast<ast::BinOp>(e)->right.get());
    return;
  case K::UnaryOp: expr(cast<ast::UnaryOp>(e)->operand.get()); return;
  case K::IfExp: {
    auto *i = cast<ast::IfExp>(e);
    expr(i->test.get());
    expr(i->body.get());
    expr(i->orelse.get());
    return;
  }
  case K::Dict: {
    auto *d = cast<ast::Dict>(e);
    for (size_t i = 0; i < d->values.size(); ++i) {
      expr(d->keys[i].get());
      expr(d->values[i].get());
    }
    return;
  }
  case K::Set: exprs(cast<ast::Set>(e)->elts); return;
  case K::List: exprs(cast<ast::List>(e)->elts); return;
  case K::Tuple: exprs(cast<ast::Tuple>(e)->elts); return;
  case K::Compare:
    expr(cast<ast::Compare>(e)->left.get());
    exprs(cast<ast::Compare>(e)->comparators);
    return;
  case K::Call: {
    auto *c = cast<ast::Call>(e);
    expr(c->func.get());
    exprs(c->args);
    for (auto &k : c->keywords)
      expr(k.value.get());
    return;
  }
  case K::FormattedValue:
    expr(cast<ast::FormattedValue>(e)->value.get());
    expr(cast<ast::FormattedValue>(e)->format_spec.get());
    return;
  case K::JoinedStr: exprs(cast<ast::JoinedStr>(e)->values); return;
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
  case K::Constant: return;
  }
}

// ---------------------------------------------------------------- pass 2: analysis

namespace {
using NameSet = std::set<std::string>;

class Analyzer {
public:
  Analyzer(const std::string &file) : file_(file) {}
  void block(SymbolScope &s, NameSet *bound, NameSet &free, NameSet &global);

private:
  void name(SymbolScope &s, std::map<std::string, NameScope> &scopes, const Symbol &sym,
            NameSet *bound, NameSet &local, NameSet &free, NameSet &global);
  void update(SymbolScope &s, const std::map<std::string, NameScope> &scopes,
              const NameSet *bound, const NameSet &free);
  const std::string &file_;
};

// analyze_name
void Analyzer::name(SymbolScope &s, std::map<std::string, NameScope> &scopes,
                    const Symbol &sym, NameSet *bound, NameSet &local, NameSet &free,
                    NameSet &global) {
  const std::string &n = sym.name;
  unsigned flags = sym.flags;
  if (flags & DefGlobal) {
    if (flags & DefNonlocal)
      throw CompileError(file_, sym.declLoc, "name '" + n + "' is nonlocal and global");
    scopes[n] = NameScope::GlobalExplicit;
    global.insert(n);
    if (bound)
      bound->erase(n);
    return;
  }
  if (flags & DefNonlocal) {
    if (!bound)
      throw CompileError(file_, sym.declLoc, "nonlocal declaration not allowed at module level");
    if (!bound->count(n))
      throw CompileError(file_, sym.declLoc, "no binding for nonlocal '" + n + "' found");
    scopes[n] = NameScope::Free;
    s.hasFree = true;
    free.insert(n);
    return;
  }
  if (flags & DefBound) {
    scopes[n] = NameScope::Local;
    local.insert(n);
    global.erase(n);
    return;
  }
  if (bound && bound->count(n)) {
    scopes[n] = NameScope::Free;
    s.hasFree = true;
    free.insert(n);
    return;
  }
  if (global.count(n)) {
    scopes[n] = NameScope::GlobalImplicit;
    return;
  }
  if (s.isNested)
    s.hasFree = true;
  scopes[n] = NameScope::GlobalImplicit;
}

// update_symbols
void Analyzer::update(SymbolScope &s, const std::map<std::string, NameScope> &scopes,
                      const NameSet *bound, const NameSet &free) {
  for (auto &sym : s.symbols())
    const_cast<Symbol &>(sym).scope = scopes.at(sym.name);
  bool isClass = s.kind == SymbolScope::Kind::Class;
  for (auto &n : free) {
    if (const Symbol *sym = s.lookup(n)) {
      // A name a method uses freely that the class body itself binds or declares global.
      if (isClass && (sym->flags & (DefBound | DefGlobal)))
        const_cast<Symbol *>(sym)->flags |= DefFreeClass;
      continue;
    }
    if (bound && !bound->count(n))
      continue; // a global
    // Not mentioned here, but inner scopes need it: it passes through as free.
    Symbol &added = s.add(n);
    added.scope = NameScope::Free;
  }
}

// analyze_block
void Analyzer::block(SymbolScope &s, NameSet *bound, NameSet &free, NameSet &global) {
  std::map<std::string, NameScope> scopes;
  NameSet local, newglobal, newfree, newbound;
  bool isClass = s.kind == SymbolScope::Kind::Class;
  if (isClass) {
    newglobal = global;
    if (bound)
      newbound = *bound;
  }
  for (auto &sym : s.symbols())
    name(s, scopes, sym, bound, local, free, global);
  if (!isClass) {
    if (s.kind == SymbolScope::Kind::Function)
      newbound.insert(local.begin(), local.end());
    if (bound)
      newbound.insert(bound->begin(), bound->end());
    newglobal.insert(global.begin(), global.end());
  } else {
    newbound.insert("__class__");
  }
  NameSet allfree;
  for (auto &child : s.children) {
    NameSet childBound = newbound, childGlobal = newglobal, childFree;
    block(*child, &childBound, childFree, childGlobal);
    allfree.insert(childFree.begin(), childFree.end());
    if (child->hasFree || child->hasChildFree)
      s.hasChildFree = true;
  }
  newfree.insert(allfree.begin(), allfree.end());
  if (s.kind == SymbolScope::Kind::Function) {
    // analyze_cells: locals that inner scopes use become cells.
    for (auto &[n, scope] : scopes)
      if (scope == NameScope::Local && newfree.count(n)) {
        scope = NameScope::Cell;
        newfree.erase(n);
      }
  } else if (isClass && newfree.erase("__class__")) {
    s.needsClassClosure = true;
  }
  update(s, scopes, s.kind == SymbolScope::Kind::Module ? nullptr : bound, newfree);
  free.insert(newfree.begin(), newfree.end());
}
} // namespace

void SymbolTableBuilder::analyze() {
  NameSet free, global;
  Analyzer(file_).block(*table_.top_, nullptr, free, global);
}

std::unique_ptr<SymbolTable> SymbolTable::build(const std::string &file,
                                                const ast::Module &module) {
  auto table = std::make_unique<SymbolTable>();
  SymbolTableBuilder(file, *table).module(module);
  return table;
}

} // namespace pylc
