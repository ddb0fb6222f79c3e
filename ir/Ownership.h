// Reference ownership dataflow over a PIR function.
//
// Walking the blocks, it tracks the owned references that are live and not yet
// consumed ("outstanding"). Every merge point must see the same outstanding set from
// all of its predecessors and `ret` must leave none: the verifier reports any
// violation. For each instruction that may raise, the references outstanding when it
// fails are what its error path must release: the backend emits exactly those decrefs.
// An instruction with an unwind edge hands its handler the outstanding references the
// handler still uses (Liveness) and releases only the others.
#pragma once

#include "ir/IR.h"

#include <map>
#include <string>
#include <vector>

namespace pylc::ir {

class Ownership {
public:
  explicit Ownership(const Function &f);

  // Problems found, in the verifier's words; empty when the function is balanced.
  const std::vector<std::string> &errors() const { return errors_; }
  // References to release when `i` raises (its stolen operands excluded), in order of
  // definition.
  const std::vector<Value *> &cleanupOnError(const Instr *i) const;

private:
  using ValueSet = std::vector<Value *>; // small, ordered by definition
  void run(const Function &f);
  void transfer(const Instr &i, ValueSet &live, const class SlotTracker &slots,
                std::vector<Block *> &work);
  void enter(Block *b, const ValueSet &live, const class SlotTracker &slots,
             std::vector<Block *> &work);

  const class Liveness *liveness_ = nullptr;
  std::map<const Block *, ValueSet> entry_;
  std::map<const Instr *, ValueSet> cleanups_;
  std::vector<std::string> errors_;
};

} // namespace pylc::ir
