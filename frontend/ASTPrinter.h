// A readable, stable dump of the AST for `pylc build --emit=ast` and FileCheck tests.
//
// One node per line: the `ast` class name, its scalar fields as `key=value`, and its range
// as `@line:col-endline:endcol` (columns 0-based UTF-8 bytes, as in CPython). Child nodes
// are indented by two spaces; a single child is printed as `field: Node ...`, a list as a
// `field:` line with the elements below it; empty lists and absent children are left out,
// absent elements of lists (Dict keys, kw_defaults) print as `<null>`. For example:
//
//   Module path=/tmp/a.py
//     Assign @1:0-1:9
//       targets:
//         Name id=x ctx=Store @1:0-1:1
//       value: BinOp op=Add @1:4-1:9
//         left: Constant int=1 @1:4-1:5
//         right: Constant str="a\n" @1:8-1:9
#pragma once

#include "frontend/AST.h"

#include <ostream>
#include <string>

namespace pylc {

void printAST(const ast::Module &module, std::ostream &os);

// Python-repr-like rendering of a float (`1.0`, `1e+16`, `0.1`, `inf`), as the dump prints it.
std::string formatFloat(double value);

} // namespace pylc
