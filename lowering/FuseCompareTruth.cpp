#include "lowering/Passes.h"

#include <map>

namespace pylc {
namespace {

unsigned countUses(const ir::Function &f, const ir::Value *v) {
  unsigned n = 0;
  for (auto &b : f.blocks())
    for (auto &i : b->instrs())
      for (ir::Value *o : i->operands())
        n += o == v;
  return n;
}

void replaceUses(ir::Function &f, const ir::Value *from, ir::Value *to) {
  for (auto &b : f.blocks())
    for (auto &i : b->instrs())
      for (unsigned k = 0; k < i->numOperands(); ++k)
        if (i->operand(k) == from)
          i->setOperand(k, to);
}

// `%c = compare op %a, %b; %t = truth %c; decref %c`, with no other use of %c.
bool matches(const ir::Function &f, const std::vector<std::unique_ptr<ir::Instr>> &instrs,
             size_t at) {
  if (at + 2 >= instrs.size())
    return false;
  const ir::Instr &cmp = *instrs[at], &truth = *instrs[at + 1], &drop = *instrs[at + 2];
  return cmp.opcode() == ir::Opcode::Compare && truth.opcode() == ir::Opcode::Truth &&
         truth.operand(0) == &cmp && drop.opcode() == ir::Opcode::DecRef &&
         drop.operand(0) == &cmp && countUses(f, &cmp) == 2;
}

void runOnFunction(ir::Function &f) {
  for (auto &b : f.blocks()) {
    auto &instrs = b->instrs();
    for (size_t at = 0; at < instrs.size(); ++at) {
      if (!matches(f, instrs, at))
        continue;
      ir::Instr &cmp = *instrs[at];
      auto fused = std::make_unique<ir::Instr>(ir::Opcode::CompareBool, ir::Type::boolean());
      fused->addOperand(cmp.operand(0));
      fused->addOperand(cmp.operand(1));
      fused->imm = cmp.imm;
      fused->setLoc(cmp.loc());
      fused->setParent(b.get());
      replaceUses(f, instrs[at + 1].get(), fused.get());
      instrs.erase(instrs.begin() + at, instrs.begin() + at + 3);
      instrs.insert(instrs.begin() + at, std::move(fused));
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
