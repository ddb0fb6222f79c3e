// PIR as Python objects, for Python plugins: pylc.Function, pylc.Block and pylc.Value
// (instructions and parameters) wrap the compiler's own objects, so a plugin reads and
// rewrites the real IR (no copy, no text). A wrapper is valid while the hook that received
// it runs; using it later raises RuntimeError. The caller holds the GIL.
#pragma once

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "ir/IR.h"

#include <functional>
#include <string>

namespace pylc::pypir {

// A new reference to the wrapper of `f`; null with an exception set on failure.
PyObject *wrapFunction(ir::Function *f);
// Makes every wrapper handed out so far invalid (after each hook).
void invalidate();

// Python value <-> PIR constant (None, bool, int, float, complex, str, bytes, Ellipsis,
// tuples and frozensets of those). constFromPython returns false with TypeError set.
bool constFromPython(PyObject *o, ir::ConstData &out);
PyObject *constToPython(const ir::ConstData &c);

} // namespace pylc::pypir
