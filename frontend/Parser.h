// Parsing Python source with CPython's own parser into pylc's C++ AST.
#pragma once

#include "frontend/AST.h"

#include <memory>
#include <string>

struct _object;

namespace pylc {

using PyObjectHandle = _object *; // a PyObject *, without including Python.h

// Parses `source` (the bytes of a file; a PEP 263 coding cookie is honoured) as a module.
// `absPath` names the file in the AST and in errors. Requires an initialised embedded
// interpreter (Py_IsInitialized()); the GIL is taken and released here, so the caller may
// or may not hold it. Leaves no trace in the interpreter: no new sys.modules entries, no
// exception set.
//
// Throws CompileError(absPath, {line, col}, msg) for a SyntaxError (IndentationError,
// TabError), with CPython's exact message and `col` the 0-based UTF-8 byte column of
// CPython's offset; and for any other failure (null bytes, nesting too deep, ...).
std::unique_ptr<ast::Module> parseModule(const std::string &source, const std::string &absPath);

// Converts a Python `ast.Module` object (what `ast.parse` gives, perhaps rewritten by a
// plugin) to the C++ AST. The caller holds the GIL. Throws CompileError for a tree the
// compiler cannot take (a node of the wrong type, a missing field or location).
std::unique_ptr<ast::Module> convertModule(PyObjectHandle tree, const std::string &absPath);

} // namespace pylc
