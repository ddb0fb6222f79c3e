// Structural and ownership checks on PIR. The pass manager runs it after every pass;
// any problem is an internal compiler error, never a silent miscompile.
#pragma once

#include "ir/IR.h"

#include <string>
#include <vector>

namespace pylc::ir {

// Returns the problems found in `f` (empty: valid). Each names the function, block and
// value involved in printer syntax.
std::vector<std::string> verifyFunction(const Function &f);
std::vector<std::string> verifyModule(const Module &m);

} // namespace pylc::ir
