// Validation of future statements (`from __future__ import ...`), CPython's Python/future.c and
// the check compiler_from_import makes.
#pragma once

#include "frontend/AST.h"

namespace pylc {

// Throws CompileError with CPython's SyntaxError (message and location) for a future statement
// that names an unknown feature ("future feature X is not defined"), `braces` ("not a chance"),
// or that does not open the module ("from __future__ imports must occur at the beginning of the
// file"). Runs on the parsed, not yet folded, tree: CPython checks futures before ast_opt.
void checkFutureStatements(const ast::Module &module);

} // namespace pylc
