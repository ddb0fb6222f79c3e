// Names and slots: how a function's body reads and writes each name, as the symbol table
// decided it, and the bodies of functions, lambdas and comprehensions.
#include "lowering/LowerImpl.h"

#include "llvm/Support/Casting.h"

#include <algorithm>

using namespace llvm;
using pylc::ir::Opcode;
using pylc::ir::Value;

namespace pylc {

unsigned FunctionLowering::classCellSlot() { return fn_->addLocal("__class__", ir::SlotKind::Cell); }

unsigned FunctionLowering::slotOf(const std::string &mangled) {
  ir::SlotKind kind = ir::SlotKind::Fast;
  if (sym_.scopeOf(mangled) == NameScope::Cell)
    kind = ir::SlotKind::Cell;
  else if (sym_.scopeOf(mangled) == NameScope::Free ||
           (sym_.flagsOf(mangled) & DefFreeClass))
    kind = ir::SlotKind::Free;
  return fn_->addLocal(mangled, kind);
}

// Slots come in CPython's localsplus order: parameters, then cells and free variables in
// co_cellvars/co_freevars order (sorted), so their cells are made before the body runs.
// Other fast locals are added as the body first mentions them (co_varnames order) and
// moved before the cells at the end (finishSlots).
void FunctionLowering::beginFunction() {
  for (auto &p : fn_->params())
    slotOf(p->name());
  for (auto &name : sym_.cellvars())
    if (name == "__class__" && sym_.kind == SymbolScope::Kind::Class)
      classCellSlot();
    else
      slotOf(name);
  for (auto &name : sym_.freevars())
    slotOf(name);
  // Parameters start as the frame's first slots, each holding its own reference; a
  // parameter that inner scopes use is wrapped in a cell (MAKE_CELL).
  for (auto &p : fn_->params()) {
    unsigned slot = fn_->findLocal(p->name());
    Opcode op = fn_->slotKind(slot) == ir::SlotKind::Cell ? Opcode::CellMake : Opcode::LocalStore;
    b_.named(op, p->name(), {b_.incref(p.get())})->imm = slot;
  }
  for (unsigned k = fn_->params().size(); k < fn_->locals().size(); ++k)
    if (fn_->slotKind(k) == ir::SlotKind::Cell)
      b_.named(Opcode::CellMake, fn_->locals()[k], {})->imm = k;
}

void FunctionLowering::finishSlots() {
  unsigned n = fn_->locals().size(), nparams = fn_->params().size();
  std::vector<unsigned> order;
  for (unsigned k = 0; k < nparams; ++k)
    order.push_back(k);
  for (ir::SlotKind kind : {ir::SlotKind::Fast, ir::SlotKind::Cell, ir::SlotKind::Free})
    for (unsigned k = nparams; k < n; ++k)
      if (fn_->slotKind(k) == kind)
        order.push_back(k);
  std::vector<unsigned> newIndex(n);
  for (unsigned i = 0; i < n; ++i)
    newIndex[order[i]] = i;
  fn_->reorderSlots(newIndex);
}

void FunctionLowering::startGenerator() {
  // A generator is created with its arguments bound and waits for the first next().
  if (!fn_->isGenerator && !fn_->isCoroutine)
    return;
  ir::Block *body = b_.newBlock();
  b_.create(Opcode::GenStart, {})->addSuccessor(body);
  startBlock(body);
}

void FunctionLowering::lowerBody(const ast::StmtList &body) {
  startBlock(b_.newBlock());
  beginFunction();
  startGenerator();
  // A docstring is the code object's first constant, not code (compiler_function).
  size_t first = fn_->hasDoc ? 1 : 0;
  for (size_t i = first; i < body.size(); ++i)
    stmt(*body[i]);
  if (body.size() == first) {
    // Nothing but a docstring: the implicit return has the `def` line, and traces it.
    b_.setLoc(ir::Loc{fn_->firstLine, -1, fn_->firstLine, -1});
    b_.create(Opcode::Nop, {});
  }
  if (b_.isOpen())
    implicitReturn();
  finishSlots();
}

void FunctionLowering::lowerLambdaBody(const ast::Expr &body) {
  startBlock(b_.newBlock());
  beginFunction();
  startGenerator(); // `lambda: (yield x)` is a generator function
  b_.ret(b_.owned(expr(body)));
  finishSlots();
}

// The loops of a comprehension, innermost last; the element goes into `result`. An
// `async for` loop awaits __anext__() and ends on StopAsyncIteration, as `async for` does
// (compiler_async_comprehension_generator).
void FunctionLowering::comprehensionLoop(const ast::Expr &e,
                                         const std::vector<ast::Comprehension> &gens,
                                         size_t index, Value *result) {
  const ast::Comprehension &g = gens[index];
  Value *it;
  if (index == 0) {
    ir::Instr *load = b_.named(Opcode::LocalLoad, ".0", {});
    load->imm = slotOf(".0");
    it = load;
  } else {
    Value *iterable = expr(*g.iter);
    at(e.loc); // the loop's own instructions have the comprehension's location
    it = b_.create(g.is_async ? Opcode::GetAIter : Opcode::GetIter, {iterable});
    b_.release(iterable);
  }
  ir::Block *head = b_.newBlock(), *done = b_.newBlock();
  b_.br(head);
  startBlock(head);
  at(e.loc);
  ir::Block *stop = nullptr, *outer = b_.unwind();
  if (g.is_async) {
    stop = b_.newBlock();
    b_.setUnwind(stop);
    Value *next = b_.create(Opcode::GetANext, {it});
    Value *item = awaitValue(next, 0);
    b_.setUnwind(outer);
    store(*g.target, item);
  } else {
    ir::Block *body = b_.newBlock();
    Value *item = body->addParam(ir::Type::object());
    ir::Instr *next = b_.create(Opcode::IterNext, {it});
    next->addSuccessor(body);
    next->addSuccessor(done);
    startBlock(body);
    store(*g.target, item);
  }
  for (auto &cond : g.ifs) {
    ir::Block *pass = b_.newBlock(), *skip = b_.newBlock();
    condition(*cond, pass, skip);
    startBlock(skip);
    jumpBack(head);
    startBlock(pass);
  }
  if (index + 1 < gens.size())
    comprehensionLoop(e, gens, index + 1, result);
  else
    comprehensionElement(e, result);
  if (b_.isOpen())
    jumpBack(head);
  if (stop) {
    // END_ASYNC_FOR: StopAsyncIteration ends the loop, anything else goes on.
    startBlock(stop);
    b_.setUnwind(outer);
    Value *exc = b_.create(Opcode::ExcFetch, {});
    Value *ended = b_.create(Opcode::ExcIsStopAsync, {exc}, ir::Type::boolean());
    ir::Block *reraise = b_.newBlock(), *finished = b_.newBlock();
    b_.condBr(ended, finished, reraise);
    startBlock(reraise);
    b_.decref(it);
    b_.create(Opcode::ExcReraise, {exc});
    startBlock(finished);
    b_.decref(exc);
    b_.br(done);
  }
  startBlock(done);
  b_.decref(it);
}

void FunctionLowering::comprehensionElement(const ast::Expr &e, Value *result) {
  if (auto *d = dyn_cast<ast::DictComp>(&e)) {
    Value *key = expr(*d->key);
    Value *value = expr(*d->value);
    at(e.loc);
    b_.create(Opcode::DictSetItem, {result, key, value});
    releaseAll({key, value});
  } else if (auto *g = dyn_cast<ast::GeneratorExp>(&e)) {
    Value *v = b_.owned(expr(*g->elt));
    at(g->elt->loc);
    b_.release(yieldValue(Opcode::GenYield, v));
  } else {
    const ast::Expr &elt = isa<ast::ListComp>(&e) ? *cast<ast::ListComp>(e).elt
                                                  : *cast<ast::SetComp>(e).elt;
    Value *v = expr(elt);
    at(e.loc);
    b_.create(isa<ast::ListComp>(&e) ? Opcode::ListAppend : Opcode::SetAdd, {result, v});
    b_.release(v);
  }
}

void FunctionLowering::lowerComprehensionBody(const ast::Expr &e) {
  startBlock(b_.newBlock());
  beginFunction();
  startGenerator();
  at(e.loc);
  using K = ast::Expr::Kind;
  if (auto *g = dyn_cast<ast::GeneratorExp>(&e)) {
    comprehensionLoop(e, g->generators, 0, nullptr);
    b_.ret(b_.incref(b_.none()));
    finishSlots();
    return;
  }
  Opcode build = e.kind == K::ListComp  ? Opcode::BuildList
                 : e.kind == K::SetComp ? Opcode::BuildSet
                                        : Opcode::BuildDict;
  Value *result = b_.create(build, {});
  const auto &gens = e.kind == K::ListComp  ? cast<ast::ListComp>(e).generators
                     : e.kind == K::SetComp ? cast<ast::SetComp>(e).generators
                                            : cast<ast::DictComp>(e).generators;
  comprehensionLoop(e, gens, 0, result);
  b_.ret(result);
  finishSlots();
}

Value *FunctionLowering::yieldValue(Opcode op, Value *owned) {
  ir::Block *resume = b_.newBlock();
  Value *sent = resume->addParam(ir::Type::object());
  b_.create(op, {owned})->addSuccessor(resume);
  startBlock(resume);
  return sent;
}

// ---------------------------------------------------------------- names

namespace {
// How one use of a name is compiled (compiler_nameop).
enum class Access { Fast, Cell, ClassDeref, Global, Namespace };

Access accessOf(const SymbolScope &s, const std::string &name, bool isLoad) {
  NameScope scope = s.scopeOf(name);
  if (s.kind == SymbolScope::Kind::Module)
    return Access::Global; // the namespace is the globals
  switch (scope) {
  case NameScope::Free:
    return s.kind == SymbolScope::Kind::Class && isLoad ? Access::ClassDeref : Access::Cell;
  case NameScope::Cell:
    return Access::Cell;
  case NameScope::Local:
    return s.kind == SymbolScope::Kind::Function ? Access::Fast : Access::Namespace;
  case NameScope::GlobalImplicit:
    return s.kind == SymbolScope::Kind::Function ? Access::Global : Access::Namespace;
  case NameScope::GlobalExplicit:
    return Access::Global;
  }
  return Access::Global;
}
} // namespace

bool FunctionLowering::isGlobalName(const std::string &name) const {
  return accessOf(sym_, name, true) == Access::Global;
}

Value *FunctionLowering::loadName(const std::string &raw, SourceRange loc) {
  std::string name = mangle(private_, raw);
  switch (accessOf(sym_, name, true)) {
  case Access::Fast: {
    ir::Instr *v = b_.named(Opcode::LocalLoad, name, {});
    v->imm = slotOf(name);
    return v;
  }
  case Access::Cell:
  case Access::ClassDeref: {
    Opcode op = accessOf(sym_, name, true) == Access::Cell ? Opcode::CellLoad
                                                            : Opcode::ClassDerefLoad;
    ir::Instr *v = b_.named(op, name, {});
    v->imm = slotOf(name);
    return v;
  }
  case Access::Namespace:
    return b_.named(Opcode::NameLoad, name, {});
  case Access::Global:
    break;
  }
  return b_.named(Opcode::GlobalLoad, name, {});
}

void FunctionLowering::storeName(const std::string &raw, Value *value) {
  std::string name = mangle(private_, raw);
  switch (accessOf(sym_, name, false)) {
  case Access::Fast:
    b_.named(Opcode::LocalStore, name, {b_.owned(value)})->imm = slotOf(name);
    return;
  case Access::Cell:
  case Access::ClassDeref:
    b_.named(Opcode::CellStore, name, {b_.owned(value)})->imm = slotOf(name);
    return;
  case Access::Namespace:
    b_.named(Opcode::NameStore, name, {value});
    break;
  case Access::Global:
    b_.named(Opcode::GlobalStore, name, {value});
    break;
  }
  b_.release(value);
}

void FunctionLowering::deleteName(const std::string &raw, SourceRange loc) {
  std::string name = mangle(private_, raw);
  switch (accessOf(sym_, name, false)) {
  case Access::Fast:
    b_.named(Opcode::LocalDel, name, {})->imm = slotOf(name);
    return;
  case Access::Cell:
  case Access::ClassDeref:
    b_.named(Opcode::CellDel, name, {})->imm = slotOf(name);
    return;
  case Access::Namespace:
    b_.named(Opcode::NameDel, name, {});
    return;
  case Access::Global:
    b_.named(Opcode::GlobalDel, name, {});
    return;
  }
}

} // namespace pylc
