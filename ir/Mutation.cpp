#include "ir/Mutation.h"

#include <algorithm>
#include <cassert>

namespace pylc::ir {

size_t indexOf(const Instr *i) {
  auto &instrs = i->parent()->instrs();
  for (size_t k = 0; k < instrs.size(); ++k)
    if (instrs[k].get() == i)
      return k;
  assert(false && "instruction not in its parent block");
  return instrs.size();
}

Instr *insertBefore(Instr *pos, std::unique_ptr<Instr> i) {
  return pos->parent()->insert(indexOf(pos), std::move(i));
}

Instr *insertAfter(Instr *pos, std::unique_ptr<Instr> i) {
  return pos->parent()->insert(indexOf(pos) + 1, std::move(i));
}

std::unique_ptr<Instr> detach(Instr *i) {
  auto &instrs = i->parent()->instrs();
  size_t k = indexOf(i);
  std::unique_ptr<Instr> owned = std::move(instrs[k]);
  instrs.erase(instrs.begin() + k);
  owned->setParent(nullptr);
  return owned;
}

void erase(Instr *i) { detach(i); }

Instr *replaceInstr(Instr *old, std::unique_ptr<Instr> with) {
  Block *b = old->parent();
  size_t k = indexOf(old);
  Instr *added = with.get();
  with->setParent(b);
  replaceAllUsesWith(*b->parent(), old, added);
  b->instrs()[k] = std::move(with); // deletes `old`
  return added;
}

unsigned countUses(const Function &f, const Value *v) {
  unsigned n = 0;
  for (auto &b : f.blocks())
    for (auto &i : b->instrs())
      n += std::count(i->operands().begin(), i->operands().end(), v);
  return n;
}

std::unordered_map<const Value *, unsigned> useCounts(const Function &f) {
  std::unordered_map<const Value *, unsigned> uses;
  for (auto &b : f.blocks())
    for (auto &i : b->instrs())
      for (Value *v : i->operands())
        ++uses[v];
  return uses;
}

unsigned replaceAllUsesWith(Function &f, const Value *from, Value *to) {
  unsigned n = 0;
  for (auto &b : f.blocks())
    for (auto &i : b->instrs())
      for (unsigned k = 0; k < i->numOperands(); ++k)
        if (i->operand(k) == from) {
          i->setOperand(k, to);
          ++n;
        }
  return n;
}

Block *splitBlock(Instr *at) {
  Block *old = at->parent();
  Function *f = old->parent();
  Block *tail = f->addBlock(); // appended; moved next to `old` below
  auto &blocks = f->blocks();
  auto tailIt =
      std::find_if(blocks.begin(), blocks.end(), [&](auto &b) { return b.get() == tail; });
  std::unique_ptr<Block> owned = std::move(*tailIt);
  blocks.erase(tailIt);
  auto oldIt = std::find_if(blocks.begin(), blocks.end(), [&](auto &b) { return b.get() == old; });
  blocks.insert(oldIt + 1, std::move(owned));

  auto &instrs = old->instrs();
  size_t k = indexOf(at);
  for (size_t j = k; j < instrs.size(); ++j)
    tail->append(std::move(instrs[j]));
  instrs.erase(instrs.begin() + k, instrs.end());
  auto br = std::make_unique<Instr>(Opcode::Br, Type::object());
  br->addSuccessor(tail);
  br->setLoc(at->loc());
  old->append(std::move(br));
  return tail;
}

void eraseBlock(Block *b) {
  auto &blocks = b->parent()->blocks();
  auto it = std::find_if(blocks.begin(), blocks.end(), [&](auto &p) { return p.get() == b; });
  assert(it != blocks.end());
  blocks.erase(it);
}

std::vector<Block *> predecessors(const Function &f, const Block *b) {
  std::vector<Block *> preds;
  for (auto &p : f.blocks()) {
    auto succs = p->successors();
    if (std::find(succs.begin(), succs.end(), b) != succs.end())
      preds.push_back(p.get());
  }
  return preds;
}

} // namespace pylc::ir
