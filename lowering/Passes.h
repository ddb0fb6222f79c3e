// The PIR passes that ship with pylc. Each does one job; the PassManager verifies after
// each one.
#pragma once

#include "lowering/PassManager.h"

#include <memory>

namespace pylc {

// Drops blocks unreachable from the entry (code after return, break, raise, ...), then
// merges a block into its only predecessor when that predecessor jumps to it unconditionally.
std::unique_ptr<Pass> createSimplifyCFGPass();

// Removes reference-count pairs that cancel: `%r = incref %v` whose only use is an
// immediately following `decref %r`, and borrowed constants nobody uses.
std::unique_ptr<Pass> createRefcountPeepholePass();

// Replaces `truth (compare op %a, %b)` by `compare.bool op %a, %b`, which answers the
// branch without materialising the comparison's result object.
std::unique_ptr<Pass> createFuseCompareTruthPass();

} // namespace pylc
