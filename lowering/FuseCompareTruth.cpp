#include "lowering/Passes.h"

#include "ir/Mutation.h"

namespace pylc {
namespace {

// `%c = compare op %a, %b`, then (after releases of other values) `%t = truth %c` and
// `decref %c`, with no other use of %c. Returns the index of the truth, or 0.
size_t match(const ir::Function &f, const std::vector<std::unique_ptr<ir::Instr>> &instrs,
             size_t at) {
  const ir::Instr &cmp = *instrs[at];
  if (cmp.opcode() != ir::Opcode::Compare || ir::countUses(f, &cmp) != 2)
    return 0;
  size_t t = at + 1;
  while (t < instrs.size() && instrs[t]->opcode() == ir::Opcode::DecRef &&
         instrs[t]->operand(0) != &cmp)
    ++t;
  if (t + 1 >= instrs.size())
    return 0;
  const ir::Instr &truth = *instrs[t], &drop = *instrs[t + 1];
  // Both halves must unwind to the same handler: the fused instruction raises for either.
  bool ok = truth.opcode() == ir::Opcode::Truth && truth.operand(0) == &cmp &&
            drop.opcode() == ir::Opcode::DecRef && drop.operand(0) == &cmp &&
            truth.unwind() == cmp.unwind();
  return ok ? t : 0;
}

void runOnFunction(ir::Function &f) {
  for (auto &b : f.blocks()) {
    auto &instrs = b->instrs();
    for (size_t at = 0; at < instrs.size(); ++at) {
      size_t t = match(f, instrs, at);
      if (!t)
        continue;
      ir::Instr &cmp = *instrs[at];
      auto fused = std::make_unique<ir::Instr>(ir::Opcode::CompareBool, ir::Type::boolean());
      fused->addOperand(cmp.operand(0));
      fused->addOperand(cmp.operand(1));
      fused->imm = cmp.imm;
      fused->setLoc(cmp.loc());
      // It raises where the comparison or the truth test of its result raised (a rich
      // comparison returning an object whose __bool__ raises): keep the handler, or an
      // exception inside a try would skip its except clauses.
      fused->setUnwind(cmp.unwind());
      fused->setParent(b.get());
      ir::replaceAllUsesWith(f, instrs[t].get(), fused.get());
      instrs.erase(instrs.begin() + t, instrs.begin() + t + 2); // the truth and the decref
      instrs[at] = std::move(fused);
    }
  }
}

class FuseCompareTruth : public Pass {
public:
  const char *name() const override { return "fuse-compare-truth"; }
  const char *description() const override {
    return "branch on a comparison without creating its bool object";
  }
  void run(ir::Module &m) override {
    for (auto &f : m.functions())
      runOnFunction(*f);
  }
};

} // namespace

std::unique_ptr<Pass> createFuseCompareTruthPass() { return std::make_unique<FuseCompareTruth>(); }

} // namespace pylc
