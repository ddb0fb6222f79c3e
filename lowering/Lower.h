// AST → PIR: the lowering of a whole module.
#pragma once

#include "frontend/AST.h"
#include "ir/IR.h"

#include <memory>
#include <string>

namespace pylc {

// Lowers `module` (named `moduleName`, e.g. "__main__") to PIR. Throws CompileError with
// the location of any construct that cannot be compiled yet.
std::unique_ptr<ir::Module> lowerModule(const ast::Module &module, const std::string &moduleName);

} // namespace pylc
