// Lowering of statements and function bodies.
#include "lowering/LowerImpl.h"

#include "llvm/Support/Casting.h"

using namespace llvm;
using pylc::ir::Opcode;
using pylc::ir::Value;

namespace pylc {

void FunctionLowering::stmts(const ast::StmtList &body) {
  for (auto &s : body)
    stmt(*s);
}

void FunctionLowering::stmt(const ast::Stmt &s) {
  ensureOpen();
  at(s.loc);
  using K = ast::Stmt::Kind;
  switch (s.kind) {
  case K::Expr: b_.release(expr(*cast<ast::ExprStmt>(s).value)); break;
  case K::Assign: assign(cast<ast::Assign>(s)); break;
  case K::AugAssign: augAssign(cast<ast::AugAssign>(s)); break;
  case K::AnnAssign: annAssign(cast<ast::AnnAssign>(s)); break;
  case K::If: ifStmt(cast<ast::If>(s)); break;
  case K::While: whileStmt(cast<ast::While>(s)); break;
  case K::For: forStmt(cast<ast::For>(s)); break;
  case K::Return: returnStmt(cast<ast::Return>(s)); break;
  case K::Break: breakOrContinue(s, true); break;
  case K::Continue: breakOrContinue(s, false); break;
  case K::Pass: b_.create(Opcode::Nop, {}); break; // NOP: its line is traced
  case K::FunctionDef: functionDef(cast<ast::FunctionDef>(s)); break;
  case K::Delete:
    for (auto &t : cast<ast::Delete>(s).targets)
      deleteTarget(*t);
    break;
  case K::Global: break; // resolved by the scope analysis
  case K::Import: importStmt(cast<ast::Import>(s)); break;
  case K::ImportFrom: importFrom(cast<ast::ImportFrom>(s)); break;
  case K::Raise: raiseStmt(cast<ast::Raise>(s)); break;
  case K::Assert: assertStmt(cast<ast::Assert>(s)); break;
  case K::AsyncFunctionDef: functionDef(cast<ast::AsyncFunctionDef>(s)); break;
  case K::ClassDef: classDef(cast<ast::ClassDef>(s)); break;
  case K::AsyncFor: asyncFor(cast<ast::AsyncFor>(s)); break;
  case K::With: withStmt(cast<ast::With>(s), 0); break;
  case K::AsyncWith: withStmt(cast<ast::AsyncWith>(s), 0); break;
  case K::Match: matchStmt(cast<ast::Match>(s)); break;
  case K::Try:
    b_.create(Opcode::Nop, {}); // SETUP_FINALLY's NOP: the `try:` line is traced
    tryStmt(cast<ast::Try>(s));
    break;
  case K::TryStar:
    b_.create(Opcode::Nop, {});
    tryStmt(cast<ast::TryStar>(s));
    break;
  case K::Nonlocal: break; // resolved by the symbol table
  }
}

void FunctionLowering::assign(const ast::Assign &a) {
  Value *v = b_.owned(expr(*a.value));
  for (size_t i = 0; i + 1 < a.targets.size(); ++i)
    store(*a.targets[i], b_.incref(v));
  store(*a.targets.back(), v);
}

void FunctionLowering::store(const ast::Expr &target, Value *value) {
  ir::Loc saved = b_.loc();
  at(target.loc);
  using K = ast::Expr::Kind;
  switch (target.kind) {
  case K::Name: storeName(cast<ast::Name>(target).id, value); break;
  case K::Attribute: {
    auto &a = cast<ast::Attribute>(target);
    Value *obj = expr(*a.value);
    at(attrLoc(target.loc, a));
    b_.named(Opcode::AttrStore, mangle(private_, a.attr), {obj, value});
    b_.release(obj);
    b_.release(value);
    break;
  }
  case K::Subscript: {
    auto &s = cast<ast::Subscript>(target);
    Value *obj = expr(*s.value);
    Value *key = expr(*s.slice);
    b_.create(Opcode::ItemStore, {obj, key, value});
    releaseAll({obj, key, value});
    break;
  }
  case K::Tuple:
  case K::List: {
    auto &elts = target.kind == K::Tuple ? cast<ast::Tuple>(target).elts
                                         : cast<ast::List>(target).elts;
    int star = -1;
    for (size_t i = 0; i < elts.size(); ++i)
      if (isa<ast::Starred>(elts[i].get())) {
        if (star >= 0)
          syntaxError(elts[i]->loc, "multiple starred expressions in assignment");
        star = i;
      }
    ir::Instr *tuple;
    if (star < 0) {
      tuple = b_.withImm(Opcode::Unpack, elts.size(), {value});
    } else {
      tuple = b_.withImm(Opcode::UnpackEx, star, {value});
      tuple->imm2 = elts.size() - star - 1;
    }
    b_.release(value);
    for (size_t i = 0; i < elts.size(); ++i) {
      const ast::Expr *t = elts[i].get();
      if (auto *s = dyn_cast<ast::Starred>(t))
        t = s->value.get();
      store(*t, b_.withImm(Opcode::TupleGet, i, {tuple}));
    }
    b_.decref(tuple);
    break;
  }
  case K::Starred: syntaxError(target.loc, "starred assignment target must be in a list or tuple");
  default: syntaxError(target.loc, "cannot assign to expression");
  }
  b_.setLoc(saved);
}

void FunctionLowering::augAssign(const ast::AugAssign &a) {
  auto inplace = [&](Value *current) {
    Value *rhs = expr(*a.value);
    at(a.loc);
    Value *r = b_.withImm(Opcode::InPlace, static_cast<int64_t>(a.op), {current, rhs});
    b_.release(rhs);
    b_.release(current);
    return r;
  };
  if (auto *n = dyn_cast<ast::Name>(a.target.get())) {
    at(n->loc);
    Value *cur = loadName(n->id, n->loc);
    Value *r = inplace(cur);
    at(n->loc);
    storeName(n->id, r);
  } else if (auto *attr = dyn_cast<ast::Attribute>(a.target.get())) {
    at(attr->loc);
    Value *obj = expr(*attr->value);
    at(attrLoc(attr->loc, *attr));
    Value *cur = b_.named(Opcode::AttrLoad, mangle(private_, attr->attr), {obj});
    Value *r = inplace(cur);
    at(attrLoc(attr->loc, *attr));
    b_.named(Opcode::AttrStore, mangle(private_, attr->attr), {obj, r});
    releaseAll({obj, r});
  } else if (auto *sub = dyn_cast<ast::Subscript>(a.target.get())) {
    at(sub->loc);
    Value *obj = expr(*sub->value);
    Value *key = expr(*sub->slice);
    at(sub->loc);
    Value *cur = b_.create(Opcode::ItemLoad, {obj, key});
    Value *r = inplace(cur);
    at(sub->loc);
    b_.create(Opcode::ItemStore, {obj, key, r});
    releaseAll({obj, key, r});
  } else {
    syntaxError(a.target->loc, "'" + std::string(ast::name(a.target->kind)) +
                                   "' is an illegal expression for augmented assignment");
  }
}

void FunctionLowering::annAssign(const ast::AnnAssign &a) {
  if (a.value) {
    store(*a.target, b_.owned(expr(*a.value)));
  } else if (auto *attr = dyn_cast<ast::Attribute>(a.target.get())) {
    // `obj.attr: T` without a value still evaluates obj, in every scope (CPython's
    // compiler_annassign), so an unbound obj raises.
    b_.release(expr(*attr->value));
  } else if (auto *sub = dyn_cast<ast::Subscript>(a.target.get())) {
    // Likewise `obj[key]: T` evaluates obj and the parts of key.
    b_.release(expr(*sub->value));
    annSubscript(*sub->slice);
  }
  auto *n = dyn_cast<ast::Name>(a.target.get());
  if (n && a.simple) {
    if (isFunctionScope())
      return;
    // Module- and class-level `x: T` records T in __annotations__, as SETUP_ANNOTATIONS
    // arranges.
    at(a.annotation->loc);
    Value *ann = expr(*a.annotation);
    at(a.loc);
    Value *dict = loadName("__annotations__", a.loc);
    b_.create(Opcode::ItemStore, {dict, b_.str(mangle(private_, n->id)), ann});
    b_.decref(dict);
    b_.release(ann);
    return;
  }
  // The annotation of a complex target (an attribute, a subscript, a parenthesised name)
  // is evaluated last and discarded, in a module or class body only (check_annotation).
  if (isFunctionScope())
    return;
  at(a.annotation->loc);
  b_.release(expr(*a.annotation));
}

// check_ann_subscr: a slice's bounds and a tuple's elements one by one, any other key as
// an expression.
void FunctionLowering::annSubscript(const ast::Expr &key) {
  if (auto *sl = dyn_cast<ast::Slice>(&key)) {
    for (const ast::ExprPtr *part : {&sl->lower, &sl->upper, &sl->step})
      if (*part)
        b_.release(expr(**part));
  } else if (auto *t = dyn_cast<ast::Tuple>(&key)) {
    for (const ast::ExprPtr &e : t->elts)
      annSubscript(*e);
  } else {
    b_.release(expr(key));
  }
}

void FunctionLowering::ifStmt(const ast::If &s) {
  ir::Block *then = b_.newBlock(), *other = b_.newBlock(), *after = b_.newBlock();
  condition(*s.test, then, s.orelse.empty() ? after : other);
  startBlock(then);
  stmts(s.body);
  if (b_.isOpen())
    b_.br(after);
  if (!s.orelse.empty()) {
    startBlock(other);
    stmts(s.orelse);
    if (b_.isOpen())
      b_.br(after);
  } else {
    startBlock(other);
    b_.create(Opcode::Unreachable, {});
  }
  startBlock(after);
}

// An expression without nested scopes or suspension points, which can be lowered twice.
static bool repeatable(const ast::Expr &e) {
  using K = ast::Expr::Kind;
  auto all = [](const std::vector<ast::ExprPtr> &v) {
    for (auto &x : v)
      if (!repeatable(*x))
        return false;
    return true;
  };
  switch (e.kind) {
  case K::Name:
  case K::Constant: return true;
  case K::Attribute: return repeatable(*cast<ast::Attribute>(e).value);
  case K::Subscript: {
    auto &s = cast<ast::Subscript>(e);
    return repeatable(*s.value) && repeatable(*s.slice);
  }
  case K::UnaryOp: return repeatable(*cast<ast::UnaryOp>(e).operand);
  case K::BinOp: {
    auto &b = cast<ast::BinOp>(e);
    return repeatable(*b.left) && repeatable(*b.right);
  }
  case K::BoolOp: return all(cast<ast::BoolOp>(e).values);
  case K::Compare: {
    auto &c = cast<ast::Compare>(e);
    return repeatable(*c.left) && all(c.comparators);
  }
  case K::Call: {
    auto &c = cast<ast::Call>(e);
    for (auto &k : c.keywords)
      if (!repeatable(*k.value))
        return false;
    return repeatable(*c.func) && all(c.args);
  }
  default: return false;
  }
}

// CPython 3.11's layout (compiler_while): the test at the top, then again at the bottom of
// the body, which jumps back to the body; `continue` goes to the top. So a line event comes
// from the backward jump only when another iteration runs, as the interpreter's do.
void FunctionLowering::whileStmt(const ast::While &s) {
  ir::Block *head = b_.newBlock(), *body = b_.newBlock(), *orelse = b_.newBlock(),
            *after = b_.newBlock();
  b_.br(head);
  startBlock(head);
  at(s.test->loc);
  condition(*s.test, body, orelse);
  startBlock(body);
  FBlock &loop = pushFBlock(FBlock::Kind::Loop);
  loop.outerUnwind = b_.unwind(); // where the backward jump of `continue` raises to
  loop.continueTo = head;
  loop.breakTo = after;
  stmts(s.body);
  fblocks_.pop_back();
  if (b_.isOpen()) {
    if (repeatable(*s.test)) {
      at(s.test->loc);
      ir::Block *again = b_.newBlock();
      condition(*s.test, again, orelse);
      startBlock(again);
      // `while True:` jumps back unconditionally, at the statement's location.
      auto *c = dyn_cast<ast::Constant>(s.test.get());
      jumpBack(body, c ? &s.loc : nullptr);
    } else {
      jumpBack(head);
    }
  }
  startBlock(orelse);
  stmts(s.orelse);
  if (b_.isOpen())
    b_.br(after);
  startBlock(after);
}

void FunctionLowering::forStmt(const ast::For &s) {
  Value *seq = expr(*s.iter);
  at(s.loc);
  Value *it = b_.create(Opcode::GetIter, {seq});
  b_.release(seq);
  ir::Block *head = b_.newBlock(), *body = b_.newBlock(), *exhausted = b_.newBlock(),
            *after = b_.newBlock();
  Value *item = body->addParam(ir::Type::object());
  b_.br(head);
  startBlock(head);
  at(s.loc);
  ir::Instr *next = b_.create(Opcode::IterNext, {it});
  next->addSuccessor(body);
  next->addSuccessor(exhausted);
  startBlock(body);
  store(*s.target, item);
  FBlock &loop = pushFBlock(FBlock::Kind::Loop);
  loop.outerUnwind = b_.unwind(); // where the backward jump of `continue` raises to
  loop.continueTo = head;
  loop.breakTo = after;
  loop.iterator = it;
  stmts(s.body);
  fblocks_.pop_back();
  if (b_.isOpen())
    jumpBack(head);
  startBlock(exhausted);
  b_.decref(it);
  stmts(s.orelse);
  if (b_.isOpen())
    b_.br(after);
  startBlock(after);
}

void FunctionLowering::breakOrContinue(const ast::Stmt &s, bool isBreak) {
  size_t loop = fblocks_.size();
  while (loop > 0 && fblocks_[loop - 1].kind != FBlock::Kind::Loop)
    --loop;
  if (loop == 0)
    syntaxError(s.loc, isBreak ? "'break' outside loop" : "'continue' not properly in loop");
  FBlock target = fblocks_[loop - 1];
  checkLeavable(loop, s.loc);
  b_.create(Opcode::Nop, {}); // the jump's line is traced
  unwindTo(loop, nullptr);
  if (!b_.isOpen())
    return; // a finally body on the way returned
  if (isBreak && target.iterator)
    b_.decref(target.iterator);
  if (isBreak) {
    b_.br(target.breakTo);
    return;
  }
  ir::Block *inner = b_.unwind();
  b_.setUnwind(target.outerUnwind);
  jumpBack(target.continueTo, &s.loc);
  b_.setUnwind(inner);
}

void FunctionLowering::returnStmt(const ast::Return &s) {
  if (!isFunctionScope())
    syntaxError(s.loc, "'return' outside function");
  if (s.value && fn_->isGenerator && fn_->isCoroutine)
    syntaxError(s.loc, "'return' with value in async generator");
  checkLeavable(0, s.loc);
  Value *v = s.value ? b_.owned(expr(*s.value)) : b_.incref(b_.none());
  unwindTo(0, v);
  if (b_.isOpen())
    b_.ret(v);
}

void FunctionLowering::deleteTarget(const ast::Expr &target) {
  ir::Loc saved = b_.loc();
  at(target.loc);
  using K = ast::Expr::Kind;
  switch (target.kind) {
  case K::Name: deleteName(cast<ast::Name>(target).id, target.loc); break;
  case K::Attribute: {
    auto &a = cast<ast::Attribute>(target);
    Value *obj = expr(*a.value);
    at(attrLoc(target.loc, a));
    b_.named(Opcode::AttrDel, mangle(private_, a.attr), {obj});
    b_.release(obj);
    break;
  }
  case K::Subscript: {
    auto &s = cast<ast::Subscript>(target);
    Value *obj = expr(*s.value);
    Value *key = expr(*s.slice);
    b_.create(Opcode::ItemDel, {obj, key});
    releaseAll({obj, key});
    break;
  }
  case K::Tuple:
    for (auto &e : cast<ast::Tuple>(target).elts)
      deleteTarget(*e);
    break;
  case K::List:
    for (auto &e : cast<ast::List>(target).elts)
      deleteTarget(*e);
    break;
  default: syntaxError(target.loc, "cannot delete expression");
  }
  b_.setLoc(saved);
}

void FunctionLowering::importStmt(const ast::Import &s) {
  for (auto &alias : s.names) {
    at(s.loc);
    // IMPORT_NAME's operand is mangled like any name (a dotted one never is): `import
    // __m` in class K imports _K__m.
    ir::Instr *mod = b_.named(Opcode::Import, mangle(private_, alias.name), {b_.none()});
    if (!alias.asname) {
      // `import a.b.c` binds the top-level package `a`.
      storeName(alias.name.substr(0, alias.name.find('.')), mod);
      continue;
    }
    // `import a.b.c as d` binds the submodule, reached attribute by attribute.
    Value *cur = mod;
    size_t dot = alias.name.find('.');
    while (dot != std::string::npos) {
      size_t next = alias.name.find('.', dot + 1);
      std::string part = alias.name.substr(dot + 1, next == std::string::npos ? next : next - dot - 1);
      Value *sub = b_.named(Opcode::ImportFrom, part, {cur});
      b_.decref(cur);
      cur = sub;
      dot = next;
    }
    storeName(*alias.asname, cur);
  }
}

void FunctionLowering::importFrom(const ast::ImportFrom &s) {
  std::vector<std::string> names;
  for (auto &a : s.names)
    names.push_back(a.name);
  // PEP 563 (`from __future__ import annotations`) is the parser's: annotations arrive as
  // strings.
  // The fromlist keeps the names as written; the module name and each IMPORT_FROM are
  // mangled, as CPython's compiler_from_import does.
  Value *fromlist = stringTuple(names);
  ir::Instr *mod = b_.named(Opcode::Import, mangle(private_, s.module.value_or("")), {fromlist});
  mod->imm = s.level;
  b_.decref(fromlist);
  if (names.size() == 1 && names[0] == "*") {
    b_.create(Opcode::ImportStar, {mod});
    b_.decref(mod);
    return;
  }
  for (auto &a : s.names) {
    Value *v = b_.named(Opcode::ImportFrom, mangle(private_, a.name), {mod});
    storeName(a.asname ? *a.asname : a.name, v);
  }
  b_.decref(mod);
}

void FunctionLowering::raiseStmt(const ast::Raise &s) {
  if (!s.exc) {
    b_.create(Opcode::Reraise, {});
    return;
  }
  Value *exc = expr(*s.exc);
  std::vector<Value *> operands{exc};
  if (s.cause)
    operands.push_back(expr(*s.cause));
  at(s.loc);
  b_.create(Opcode::Raise, operands);
}

void FunctionLowering::assertStmt(const ast::Assert &s) {
  ir::Block *fail = b_.newBlock(), *ok = b_.newBlock();
  condition(*s.test, ok, fail);
  startBlock(fail);
  std::vector<Value *> operands;
  if (s.msg)
    operands.push_back(expr(*s.msg));
  at(s.test->loc); // CPython reports a failed assert at its test
  b_.create(Opcode::AssertFail, operands);
  startBlock(ok);
}

} // namespace pylc
