#include "lowering/Passes.h"

#include "ir/Mutation.h"

namespace pylc {
namespace {

bool isDeadPair(const ir::Instr &a, const ir::Instr &b,
                std::unordered_map<const ir::Value *, unsigned> &uses) {
  return a.opcode() == ir::Opcode::IncRef && b.opcode() == ir::Opcode::DecRef &&
         b.operand(0) == &a && uses[&a] == 1;
}

void runOnBlock(ir::Block &b, std::unordered_map<const ir::Value *, unsigned> &uses) {
  auto &instrs = b.instrs();
  std::vector<std::unique_ptr<ir::Instr>> kept;
  for (size_t i = 0; i < instrs.size(); ++i) {
    if (i + 1 < instrs.size() && isDeadPair(*instrs[i], *instrs[i + 1], uses)) {
      --uses[instrs[i]->operand(0)];
      ++i;
      continue;
    }
    kept.push_back(std::move(instrs[i]));
  }
  // A second sweep drops constants left without users.
  instrs.clear();
  for (auto &i : kept)
    if (i->opcode() != ir::Opcode::Const || uses[i.get()] > 0)
      instrs.push_back(std::move(i));
}

class RefcountPeephole : public Pass {
public:
  const char *name() const override { return "refcount-peephole"; }
  const char *description() const override {
    return "cancel incref/decref pairs and drop unused constants";
  }
  void run(ir::Module &m) override {
    for (auto &f : m.functions()) {
      auto uses = ir::useCounts(*f);
      for (auto &b : f->blocks())
        runOnBlock(*b, uses);
    }
  }
};

} // namespace

std::unique_ptr<Pass> createRefcountPeepholePass() {
  return std::make_unique<RefcountPeephole>();
}

} // namespace pylc
