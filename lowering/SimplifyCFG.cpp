#include "lowering/Passes.h"

#include "ir/Mutation.h"

#include <map>
#include <set>

namespace pylc {
namespace {

void removeUnreachable(ir::Function &f) {
  std::set<ir::Block *> seen;
  std::vector<ir::Block *> work{f.entry()};
  while (!work.empty()) {
    ir::Block *b = work.back();
    work.pop_back();
    if (!seen.insert(b).second)
      continue;
    for (ir::Block *s : b->successors())
      work.push_back(s);
  }
  auto &blocks = f.blocks();
  std::vector<std::unique_ptr<ir::Block>> kept;
  for (auto &b : blocks)
    if (seen.count(b.get()))
      kept.push_back(std::move(b));
  blocks = std::move(kept);
}

// Merges `succ` into `pred` when pred ends in `br succ` (without arguments) and is the
// only predecessor of succ.
bool mergeStraightLines(ir::Function &f) {
  std::map<ir::Block *, unsigned> preds;
  for (auto &b : f.blocks())
    for (ir::Block *s : b->successors())
      ++preds[s];
  for (auto &b : f.blocks()) {
    ir::Instr *t = b->terminator();
    if (!t || t->opcode() != ir::Opcode::Br || t->numOperands())
      continue;
    ir::Block *succ = t->successors()[0];
    if (succ == b.get() || preds[succ] != 1 || !succ->params().empty() || succ == f.entry())
      continue;
    b->instrs().pop_back();
    for (auto &i : succ->instrs())
      b->append(std::move(i));
    succ->instrs().clear();
    ir::eraseBlock(succ);
    return true;
  }
  return false;
}

class SimplifyCFG : public Pass {
public:
  const char *name() const override { return "simplify-cfg"; }
  const char *description() const override {
    return "remove unreachable blocks and merge straight-line blocks";
  }
  void run(ir::Module &m) override {
    for (auto &f : m.functions()) {
      removeUnreachable(*f);
      while (mergeStraightLines(*f)) {
      }
    }
  }
};

} // namespace

std::unique_ptr<Pass> createSimplifyCFGPass() { return std::make_unique<SimplifyCFG>(); }

} // namespace pylc
