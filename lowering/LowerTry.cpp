// Lowering of try/except/else/finally and with, as CPython 3.11's compiler lays them out:
// the protected code's raising instructions unwind to a handler block, which fetches the
// exception and makes it the handled one while the handler runs; a handler that raises
// goes through a cleanup block that restores the handled exception and re-raises. Finally
// bodies are lowered once per way out (normal, exceptional, and each return, break or
// continue that leaves them), as CPython does.
#include "lowering/LowerImpl.h"

#include "llvm/Support/Casting.h"

using namespace llvm;
using pylc::ir::Opcode;
using pylc::ir::Value;

namespace pylc {

void FunctionLowering::clearHandlerName(const std::string *name) {
  // `except E as name` ends with `name = None; del name`.
  if (!name)
    return;
  storeName(*name, b_.incref(b_.none()));
  deleteName(*name, {});
}

void FunctionLowering::leaveHandler(Value *prev, Value *exc, const std::string *name) {
  b_.create(Opcode::ExcPop, {prev});
  clearHandlerName(name);
  b_.decref(exc);
}

void FunctionLowering::unwindOne(const FBlock &fb, Value *pending) {
  switch (fb.kind) {
  case FBlock::Kind::Loop:
    if (fb.iterator)
      b_.decref(fb.iterator);
    break;
  case FBlock::Kind::TryExcept:
    break;
  case FBlock::Kind::FinallyTry: {
    // The finally body runs unprotected by its own handler; if it returns itself, the
    // pending return value is dropped. An exception out of it drops the pending value in a
    // landing block of its own, which keeps the value live, so owned, on every path through
    // the body: otherwise a handler inside the body that rejoins a path ending in a raise
    // (where the value is dead) would reach the join without it, and the normal path with.
    ir::Block *drop = nullptr;
    if (pending) {
      drop = b_.newBlock();
      pushFBlock(FBlock::Kind::PendingValue).value = pending;
    }
    b_.setUnwind(drop ? drop : fb.outerUnwind);
    stmts(*fb.finalbody);
    if (pending)
      fblocks_.pop_back();
    if (drop) {
      ir::Block *cont = b_.block();
      startBlock(drop);
      b_.setUnwind(fb.outerUnwind);
      Value *exc = b_.create(Opcode::ExcFetch, {});
      b_.decref(pending);
      b_.create(Opcode::ExcReraise, {exc});
      b_.setBlock(cont);
    }
    break;
  }
  case FBlock::Kind::Handler:
    b_.setUnwind(fb.outerUnwind);
    leaveHandler(fb.prev, fb.exc, fb.name);
    break;
  case FBlock::Kind::With:
    b_.setUnwind(fb.outerUnwind);
    at(fb.loc);
    b_.release(callExit(fb.value, nullptr, fb.isAsync));
    b_.decref(fb.value);
    break;
  case FBlock::Kind::PendingValue:
    b_.decref(fb.value);
    break;
  }
  b_.setUnwind(fb.outerUnwind);
}

void FunctionLowering::unwindTo(size_t downTo, Value *pending) {
  std::vector<FBlock> saved = fblocks_;
  ir::Block *savedUnwind = b_.unwind();
  ir::Loc savedLoc = b_.loc();
  while (fblocks_.size() > downTo && b_.isOpen()) {
    FBlock fb = fblocks_.back();
    fblocks_.pop_back();
    unwindOne(fb, pending);
  }
  fblocks_ = std::move(saved);
  b_.setUnwind(savedUnwind);
  b_.setLoc(savedLoc);
}

// The `try` body, protected by `dispatch`, then the `else` body; both end at `after`.
void FunctionLowering::protectedBody(const ast::TryBase &t, ir::Block *dispatch,
                                     ir::Block *after) {
  ir::Block *outer = b_.unwind();
  b_.setUnwind(dispatch);
  pushFBlock(FBlock::Kind::TryExcept).outerUnwind = outer;
  stmts(t.body);
  fblocks_.pop_back();
  b_.setUnwind(outer);
  if (b_.isOpen()) {
    stmts(t.orelse);
    if (b_.isOpen())
      b_.br(after);
  }
}

// POP_EXCEPT_AND_RERAISE: code that raised inside a handler restores the handled exception,
// releases what the handler held and lets the new exception go on to `outer`.
void FunctionLowering::handlerCleanup(ir::Block *cleanup, ir::Block *outer, Value *prev,
                                      std::initializer_list<Value *> held) {
  startBlock(cleanup);
  b_.setUnwind(outer);
  Value *raised = b_.create(Opcode::ExcFetch, {});
  b_.create(Opcode::ExcPop, {prev});
  for (Value *v : held)
    b_.decref(v);
  b_.create(Opcode::ExcReraise, {raised});
}

// The handler block of `try`: match each `except` clause in turn.
void FunctionLowering::tryExcept(const ast::TryBase &t) {
  ir::Block *outer = b_.unwind();
  ir::Block *dispatch = b_.newBlock(), *after = b_.newBlock();
  protectedBody(t, dispatch, after);

  startBlock(dispatch);
  Value *exc = b_.create(Opcode::ExcFetch, {});
  Value *prev = b_.create(Opcode::ExcPush, {exc});
  // An exception in a clause's test or body restores the handled exception and goes on.
  ir::Block *cleanup = b_.newBlock();
  b_.setUnwind(cleanup);
  for (auto &h : t.handlers) {
    ir::Block *body = b_.newBlock(), *next = b_.newBlock();
    if (h.type) {
      Value *type = expr(*h.type);
      at(h.loc);
      Value *m = b_.create(Opcode::ExcMatch, {exc, type}, ir::Type::boolean());
      b_.release(type);
      b_.condBr(m, body, next);
    } else {
      b_.br(body);
    }
    startBlock(body);
    const std::string *name = h.name ? &*h.name : nullptr;
    ir::Block *nameCleanup = nullptr;
    if (name) {
      storeName(*name, b_.incref(exc));
      nameCleanup = b_.newBlock();
      b_.setUnwind(nameCleanup);
    }
    FBlock &fb = pushFBlock(FBlock::Kind::Handler);
    fb.outerUnwind = outer;
    fb.prev = prev;
    fb.exc = exc;
    fb.name = name;
    stmts(h.body);
    fblocks_.pop_back();
    if (b_.isOpen()) {
      b_.setUnwind(outer);
      leaveHandler(prev, exc, name);
      b_.br(after);
    }
    if (nameCleanup) {
      // The body raised: clear the name, then on to the common cleanup.
      startBlock(nameCleanup);
      b_.setUnwind(nullptr);
      Value *raised = b_.create(Opcode::ExcFetch, {});
      b_.setUnwind(cleanup);
      clearHandlerName(name);
      b_.create(Opcode::ExcReraise, {raised});
    }
    startBlock(next);
    b_.setUnwind(cleanup);
  }
  // No clause matched: re-raise, as it was.
  b_.create(Opcode::ExcPop, {prev});
  b_.setUnwind(outer);
  b_.create(Opcode::ExcReraise, {exc});

  handlerCleanup(cleanup, outer, prev, {exc});
  startBlock(after);
}

void FunctionLowering::checkLeavable(size_t downTo, SourceRange loc) {
  for (size_t k = fblocks_.size(); k > downTo; --k)
    if (fblocks_[k - 1].star)
      syntaxError(loc, "'break', 'continue' and 'return' cannot appear in an except* block");
}

// One `except* T as name:` clause: split what is left, run the body on the matching part,
// collect what the body raises.
void FunctionLowering::starClause(const ast::ExceptHandler &h, Value *&rest, Value *raised,
                                  Value *prev, Value *orig, ir::Block *cleanup) {
  Value *type = expr(*h.type);
  at(h.loc);
  ir::Instr *match = b_.create(Opcode::ExcStarMatch, {rest, type});
  b_.release(type);
  Value *newRest = b_.create(Opcode::ExcStarRest, {match});
  b_.decref(rest);
  rest = newRest;
  Value *isNone = b_.withImm(Opcode::Is, 0, {match, b_.none()});
  Value *skip = b_.create(Opcode::Truth, {isNone}, ir::Type::boolean());
  b_.decref(isNone);
  ir::Block *body = b_.newBlock(), *none = b_.newBlock(), *join = b_.newBlock();
  b_.condBr(skip, none, body);
  startBlock(none);
  b_.decref(match);
  b_.br(join);

  startBlock(body);
  const std::string *name = h.name ? &*h.name : nullptr;
  if (name)
    storeName(*name, b_.incref(match));
  ir::Block *failed = b_.newBlock();
  b_.setUnwind(failed);
  FBlock &fb = pushFBlock(FBlock::Kind::Handler);
  fb.outerUnwind = cleanup;
  fb.prev = prev;
  fb.exc = orig;
  fb.star = true;
  stmts(h.body);
  fblocks_.pop_back();
  b_.setUnwind(cleanup);
  if (b_.isOpen()) {
    clearHandlerName(name);
    b_.decref(match);
    b_.br(join);
  }
  // The body raised: what it raised joins the list; the other clauses still run.
  startBlock(failed);
  Value *exc = b_.create(Opcode::ExcFetch, {});
  b_.create(Opcode::ListAppend, {raised, exc});
  b_.decref(exc);
  clearHandlerName(name);
  b_.decref(match);
  b_.br(join);
  startBlock(join);
}

// try/except* (compiler_try_star_except): every clause sees what the earlier ones left;
// the exception raised at the end combines the unhandled rest with what the clauses raised.
void FunctionLowering::tryStar(const ast::TryBase &t) {
  ir::Block *outer = b_.unwind();
  ir::Block *dispatch = b_.newBlock(), *after = b_.newBlock();
  protectedBody(t, dispatch, after);

  startBlock(dispatch);
  Value *orig = b_.create(Opcode::ExcFetch, {});
  Value *prev = b_.create(Opcode::ExcPush, {orig});
  ir::Block *cleanup = b_.newBlock();
  b_.setUnwind(cleanup);
  Value *raised = b_.create(Opcode::BuildList, {});
  Value *rest = b_.incref(orig);
  for (auto &h : t.handlers)
    starClause(h, rest, raised, prev, orig, cleanup);
  b_.create(Opcode::ListAppend, {raised, rest});
  b_.decref(rest);
  at(t.loc);
  Value *result = b_.create(Opcode::ExcPrepReraiseStar, {orig, raised});
  b_.decref(raised);
  Value *isNone = b_.withImm(Opcode::Is, 0, {result, b_.none()});
  Value *handled = b_.create(Opcode::Truth, {isNone}, ir::Type::boolean());
  b_.decref(isNone);
  ir::Block *done = b_.newBlock(), *reraise = b_.newBlock();
  b_.condBr(handled, done, reraise);
  startBlock(done);
  b_.create(Opcode::ExcPop, {prev});
  b_.decref(orig);
  b_.decref(result);
  b_.br(after);
  startBlock(reraise);
  b_.create(Opcode::ExcPop, {prev});
  b_.decref(orig);
  b_.setUnwind(outer);
  b_.create(Opcode::ExcReraise, {result});

  handlerCleanup(cleanup, outer, prev, {orig});
  startBlock(after);
}

// The simple statement CPython's compiler visits last in `body`, whose location is still
// the current one after it (the RERAISE ending a `finally` body is located there); null
// after a loop or `with`, whose own sites already leave the frame where CPython's location
// is.
static const ast::Stmt *lastVisited(const ast::StmtList &body) {
  if (body.empty())
    return nullptr;
  const ast::Stmt *s = body.back().get();
  using K = ast::Stmt::Kind;
  switch (s->kind) {
  case K::If: {
    auto *i = static_cast<const ast::If *>(s);
    return lastVisited(i->orelse.empty() ? i->body : i->orelse);
  }
  case K::Match: {
    auto *m = static_cast<const ast::Match *>(s);
    return m->cases.empty() ? nullptr : lastVisited(m->cases.back().body);
  }
  case K::Try: case K::TryStar: {
    // The handlers are compiled with their locations unset at the end.
    auto *t = static_cast<const ast::TryBase *>(s);
    if (!t->finalbody.empty())
      return lastVisited(t->finalbody);
    return lastVisited(t->orelse.empty() ? t->body : t->orelse);
  }
  case K::For: case K::AsyncFor: case K::While: case K::With: case K::AsyncWith:
    return nullptr;
  default:
    return s;
  }
}

void FunctionLowering::tryStmt(const ast::TryBase &t) {
  bool star = t.kind == ast::Stmt::Kind::TryStar;
  if (t.finalbody.empty()) {
    star ? tryStar(t) : tryExcept(t);
    return;
  }
  ir::Block *outer = b_.unwind();
  ir::Block *final = b_.newBlock(), *after = b_.newBlock();
  b_.setUnwind(final);
  FBlock &fb = pushFBlock(FBlock::Kind::FinallyTry);
  fb.outerUnwind = outer;
  fb.finalbody = &t.finalbody;
  if (t.handlers.empty())
    stmts(t.body);
  else if (star)
    tryStar(t);
  else
    tryExcept(t);
  fblocks_.pop_back();
  b_.setUnwind(outer);
  if (b_.isOpen()) {
    stmts(t.finalbody);
    if (b_.isOpen())
      b_.br(after);
  }

  // The exceptional way: the finally body runs with the exception handled, then it is
  // raised again (unless the body returned, broke or continued).
  startBlock(final);
  Value *exc = b_.create(Opcode::ExcFetch, {});
  Value *prev = b_.create(Opcode::ExcPush, {exc});
  ir::Block *cleanup = b_.newBlock();
  b_.setUnwind(cleanup);
  FBlock &end = pushFBlock(FBlock::Kind::Handler);
  end.outerUnwind = outer;
  end.prev = prev;
  end.exc = exc;
  stmts(t.finalbody);
  fblocks_.pop_back();
  if (b_.isOpen()) {
    b_.create(Opcode::ExcPop, {prev});
    b_.setUnwind(outer);
    ir::Instr *reraise = b_.create(Opcode::ExcReraise, {exc});
    if (const ast::Stmt *last = lastVisited(t.finalbody)) {
      reraise->imm = static_cast<int64_t>(ir::ReraiseSite::Here);
      reraise->setLoc(ir::Loc{last->loc.line, last->loc.col, last->loc.endLine, last->loc.endCol});
    }
  }

  handlerCleanup(cleanup, outer, prev, {exc});
  startBlock(after);
}

// __exit__(None, None, None) or __exit__(type, exc, tb); `async with` awaits what __aexit__
// returns. The result: a bool (with) or the awaited value (async with, owned).
Value *FunctionLowering::callExit(Value *exit, Value *exc, bool isAsync) {
  std::vector<Value *> operands{exit};
  if (exc)
    operands.push_back(exc);
  if (!isAsync)
    return b_.create(Opcode::WithExit, operands, ir::Type::boolean());
  Value *aw = b_.create(Opcode::AsyncWithExit, operands);
  return awaitValue(aw, 2);
}

Value *FunctionLowering::awaitValue(Value *owned, int where) {
  Value *it = b_.withImm(Opcode::GetAwaitable, where, {owned});
  b_.release(owned);
  return yieldValue(Opcode::GenYieldFrom, it);
}

void FunctionLowering::withStmt(const ast::WithBase &w, size_t index) {
  bool isAsync = w.kind == ast::Stmt::Kind::AsyncWith;
  if (isAsync && !fn_->isCoroutine)
    syntaxError(w.loc, "'async with' outside async function");
  const ast::WithItem &item = w.items[index];
  Value *mgr = expr(*item.context_expr);
  at(w.loc);
  ir::Instr *enterOp = b_.create(isAsync ? Opcode::AsyncWithEnter : Opcode::WithEnter, {mgr});
  b_.release(mgr);
  Value *exit = b_.create(isAsync ? Opcode::AsyncWithExitFn : Opcode::WithExitFn, {enterOp});
  Value *entered = isAsync ? awaitValue(enterOp, 1) : enterOp;
  ir::Block *outer = b_.unwind();
  ir::Block *handler = b_.newBlock(), *after = b_.newBlock();
  b_.setUnwind(handler);
  FBlock &fb = pushFBlock(FBlock::Kind::With);
  fb.outerUnwind = outer;
  fb.value = exit;
  fb.loc = w.loc;
  fb.isAsync = isAsync;
  if (item.optional_vars)
    store(*item.optional_vars, entered);
  else
    b_.decref(entered);
  if (index + 1 < w.items.size())
    withStmt(w, index + 1);
  else
    stmts(w.body);
  fblocks_.pop_back();
  b_.setUnwind(outer);
  if (b_.isOpen()) {
    at(w.loc);
    b_.release(callExit(exit, nullptr, isAsync));
    b_.decref(exit);
    b_.br(after);
  }

  // The body raised: __exit__(type, exc, tb) decides whether the exception is suppressed.
  startBlock(handler);
  Value *exc = b_.create(Opcode::ExcFetch, {});
  Value *prev = b_.create(Opcode::ExcPush, {exc});
  ir::Block *cleanup = b_.newBlock(), *suppress = b_.newBlock(), *reraise = b_.newBlock();
  b_.setUnwind(cleanup);
  at(w.loc);
  Value *result = callExit(exit, exc, isAsync);
  Value *suppressed = result;
  if (isAsync) {
    suppressed = b_.create(Opcode::Truth, {result}, ir::Type::boolean());
    b_.decref(result);
  }
  b_.condBr(suppressed, suppress, reraise);
  startBlock(suppress);
  b_.create(Opcode::ExcPop, {prev});
  b_.decref(exc);
  b_.decref(exit);
  b_.br(after);
  startBlock(reraise);
  b_.create(Opcode::ExcPop, {prev});
  b_.decref(exit);
  b_.setUnwind(outer);
  b_.create(Opcode::ExcReraise, {exc})->imm = static_cast<int64_t>(ir::ReraiseSite::Raised);

  handlerCleanup(cleanup, outer, prev, {exc, exit});
  startBlock(after);
  b_.setUnwind(outer);
}

} // namespace pylc

namespace pylc {

// async for (compiler_async_for): each item is the awaited __anext__(); the loop ends when
// that raises StopAsyncIteration (END_ASYNC_FOR).
void FunctionLowering::asyncFor(const ast::ForBase &s) {
  if (!fn_->isCoroutine)
    syntaxError(s.loc, "'async for' outside async function");
  Value *iterable = expr(*s.iter);
  // GET_AITER, GET_ANEXT and the await have the whole statement's location.
  at(s.loc);
  Value *ait = b_.create(Opcode::GetAIter, {iterable});
  b_.release(iterable);
  ir::Block *outer = b_.unwind();
  ir::Block *head = b_.newBlock(), *stop = b_.newBlock(), *orelse = b_.newBlock(),
            *after = b_.newBlock();
  b_.br(head);
  startBlock(head);
  at(s.loc);
  b_.setUnwind(stop);
  Value *next = b_.create(Opcode::GetANext, {ait});
  Value *item = awaitValue(next, 0);
  b_.setUnwind(outer);
  store(*s.target, item);
  FBlock &loop = pushFBlock(FBlock::Kind::Loop);
  loop.outerUnwind = b_.unwind(); // where the backward jump of `continue` raises to
  loop.continueTo = head;
  loop.breakTo = after;
  loop.iterator = ait;
  stmts(s.body);
  fblocks_.pop_back();
  if (b_.isOpen())
    jumpBack(head);

  startBlock(stop);
  b_.setUnwind(outer);
  Value *exc = b_.create(Opcode::ExcFetch, {});
  Value *done = b_.create(Opcode::ExcIsStopAsync, {exc}, ir::Type::boolean());
  ir::Block *reraise = b_.newBlock(), *finished = b_.newBlock();
  b_.condBr(done, finished, reraise);
  startBlock(reraise);
  b_.decref(ait);
  b_.create(Opcode::ExcReraise, {exc});
  startBlock(finished);
  b_.decref(exc);
  b_.decref(ait);
  b_.br(orelse);
  startBlock(orelse);
  stmts(s.orelse);
  if (b_.isOpen())
    b_.br(after);
  startBlock(after);
}

} // namespace pylc
