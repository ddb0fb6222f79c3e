// The AST optimisation stage: CPython 3.11's constant folding (Python/ast_opt.c), which
// its compiler runs between parsing and code generation. It decides which expressions are
// constants, and so which objects a program shares (`2**40 is 2**40`), how big they may
// get, and in which order the elements of constant set displays are iterated.
#pragma once

#include "frontend/AST.h"

#include <optional>
#include <string>
#include <vector>

namespace pylc {

// Rewrites `module` as _PyAST_Optimize does at optimisation level 0:
//  - a unary or binary operation, or a subscript, on constants becomes its value, computed
//    by the embedded interpreter (so bit-exact), within CPython's size limits (ints of at
//    most 128 bits from `*`, `**` and `<<`, sequences of at most 256 items and 1024 items
//    in all from `*`, strings and bytes of at most 4096 from `*`); an operation that
//    raises is left for run time, as in CPython;
//  - `not` of a one-operator `is`/`is not`/`in`/`not in` comparison inverts the operator;
//  - a tuple display of constants becomes a tuple constant;
//  - the iterable of `for` and of comprehensions, and the right operand of a last `in` or
//    `not in`, turns from a list display into a tuple display (a tuple constant if all
//    elements are constants) and from a set display of constants into a frozenset
//    constant;
//  - `str % (a, b)` with only %s, %r and %a conversions becomes an f-string;
//  - `__debug__` becomes True;
//  - a body whose first statement became a string constant through folding gets it
//    wrapped in an f-string, so that it does not turn into a docstring.
// Annotations are not folded under `from __future__ import annotations`. The embedded
// interpreter must be initialised; the GIL is taken here. Throws CompileError when the
// tree is nested deeper than CPython's compiler allows (RecursionError).
void foldConstants(ast::Module &module);

// The frozenset constant CPython's compiler builds from these items, in this order: a
// FrozenSet whose elements are the items without those equal (in Python's sense, so 1,
// 1.0 and True are equal) to an earlier one. Python's equality needs the embedded
// interpreter; without one every item is kept (the run-time set drops the equal ones).
ast::ConstantValue frozenSetConstant(const std::vector<const ast::ConstantValue *> &items);

// The index of the first item equal (in Python's sense, as members of a set: 1, 1.0 and
// True are equal, and so are 0 and -0.0) to an earlier one, with its repr() in `repr`;
// nullopt when all differ or there is no interpreter to tell. CPython's compiler reports
// such keys of a mapping pattern ("mapping pattern checks duplicate key (%R)").
std::optional<size_t> duplicateConstant(const std::vector<const ast::ConstantValue *> &items,
                                        std::string *repr);

} // namespace pylc
