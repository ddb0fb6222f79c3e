#include "ir/Ownership.h"

#include "ir/Liveness.h"
#include "ir/Printer.h"

#include <algorithm>

namespace pylc::ir {

static bool contains(const std::vector<Value *> &set, const Value *v) {
  return std::find(set.begin(), set.end(), v) != set.end();
}

static void erase(std::vector<Value *> &set, const Value *v) {
  set.erase(std::find(set.begin(), set.end(), v));
}

Ownership::Ownership(const Function &f) { run(f); }

const std::vector<Value *> &Ownership::cleanupOnError(const Instr *i) const {
  static const std::vector<Value *> kEmpty;
  auto it = cleanups_.find(i);
  return it == cleanups_.end() ? kEmpty : it->second;
}

void Ownership::enter(Block *b, const ValueSet &live, const SlotTracker &slots,
                      std::vector<Block *> &work) {
  ValueSet in = live;
  auto it = entry_.find(b);
  if (it == entry_.end()) {
    entry_[b] = in;
    work.push_back(b);
    return;
  }
  ValueSet a = it->second, c = in;
  std::sort(a.begin(), a.end());
  std::sort(c.begin(), c.end());
  if (a != c)
    errors_.push_back("owned references differ at the entry of " + slots.name(b) +
                      " (a reference is leaked or released on one path only)");
}

void Ownership::transfer(const Instr &i, ValueSet &live, const SlotTracker &slots,
                         std::vector<Block *> &work) {
  bool isBr = i.opcode() == Opcode::Br;
  for (unsigned k = 0; k < i.numOperands(); ++k) {
    Value *v = i.operand(k);
    if (v->isOwned() && !contains(live, v)) {
      errors_.push_back(slots.name(v) + " is used by " + opcodeName(i.opcode()) +
                        " after it was released, or before it is defined on this path");
      continue;
    }
    if (!i.stealsOperand(k) || (isBr && !v->type().isBoxed()))
      continue;
    if (!v->isOwned()) {
      if (v->type().isBoxed())
        errors_.push_back(std::string(opcodeName(i.opcode())) + " consumes " + slots.name(v) +
                          ", a borrowed reference");
      continue;
    }
    erase(live, v);
  }
  if (i.mayRaise()) {
    ValueSet release = live;
    if (Block *h = i.unwind()) {
      ValueSet handed;
      release.clear();
      for (Value *v : live)
        (liveness_->isLiveIn(h, v) ? handed : release).push_back(v);
      enter(h, handed, slots, work);
    }
    cleanups_[&i] = release;
  }
  if (i.hasResult() && i.isOwned())
    live.push_back(const_cast<Instr *>(&i));
}

void Ownership::run(const Function &f) {
  SlotTracker slots(f);
  Liveness liveness(f);
  liveness_ = &liveness;
  std::vector<Block *> work;
  if (!f.entry())
    return;
  enter(f.entry(), {}, slots, work);
  while (!work.empty()) {
    Block *b = work.back();
    work.pop_back();
    ValueSet live = entry_[b];
    for (auto &p : b->params())
      if (p->isOwned())
        live.push_back(p.get());
    for (auto &i : b->instrs())
      transfer(*i, live, slots, work);
    Instr *term = b->terminator();
    if (!term)
      continue;
    switch (term->opcode()) {
    case Opcode::Ret:
      if (!live.empty())
        errors_.push_back("ret in " + slots.name(b) + " leaks " + slots.name(live.front()));
      break;
    case Opcode::IterNext:
      // The body successor receives the next item as its (owned) block parameter.
      enter(term->successors()[0], live, slots, work);
      enter(term->successors()[1], live, slots, work);
      break;
    default:
      for (Block *s : term->successors())
        enter(s, live, slots, work);
    }
  }
  liveness_ = nullptr;
}

} // namespace pylc::ir
