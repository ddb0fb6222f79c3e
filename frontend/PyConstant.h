// Conversions between CPython's constant objects and pylc's ast::ConstantValue, shared by
// the parser (literals) and constant folding (computed values). Callers hold the GIL.
#pragma once

#include "frontend/AST.h"

#include <optional>
#include <string>

typedef struct _object PyObject;

namespace pylc {

// The value of `o` if it has a type constants can have (None, bool, Ellipsis, int, float,
// complex, str, bytes, and tuples of those); nullopt otherwise, with no exception left set.
// Frozensets are not converted: folding builds their values from the source items itself.
std::optional<ast::ConstantValue> constantFromPython(PyObject *o);

// A new reference to the object `c` stands for, or NULL with a Python exception set.
// A frozenset is built from its items in their order.
PyObject *constantToPython(const ast::ConstantValue &c);

// The text ast::ConstantValue::text holds for the int `o`: decimal up to
// ConstantValue::kMaxDecimalIntBits bits, hexadecimal ("0x...", "-0x...") above; nullopt
// (no exception left set) if the conversion fails.
std::optional<std::string> intConstantText(PyObject *o);

// `o` as UTF-8; lone surrogates (possible in string literals) become their 3-byte forms.
std::string utf8Of(PyObject *str);

} // namespace pylc
