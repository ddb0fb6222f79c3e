// Which SSA values are live into each block: used on some path from the block's start
// before (re)definition. Unwind edges count as edges, so a handler's live-in set is what it
// (or code after it) still uses. The ownership analysis uses it to decide what a raising
// instruction hands to its handler and what it releases on the way.
#pragma once

#include "ir/IR.h"

#include <map>
#include <set>

namespace pylc::ir {

class Liveness {
public:
  explicit Liveness(const Function &f);
  bool isLiveIn(const Block *b, const Value *v) const {
    auto it = liveIn_.find(b);
    return it != liveIn_.end() && it->second.count(v);
  }
  const std::set<const Value *> &liveIn(const Block *b) const;

private:
  std::map<const Block *, std::set<const Value *>> liveIn_;
};

} // namespace pylc::ir
