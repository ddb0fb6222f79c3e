// Sizes and field offsets of the CPython 3.11 structures that generated code reads or writes
// directly, for one target. They follow from the target's pointer size and alignment (every
// field involved is a pointer, Py_ssize_t, int or char), never from the host's headers, so
// that cross-compiled code is laid out for its own target. test/unit/BackendTest.cpp checks
// the host's values against the C structs.
#pragma once

#include "llvm/IR/DataLayout.h"

#include <cstdint>

namespace pylc::backend {

struct PyLayout {
  explicit PyLayout(const llvm::DataLayout &dl);

  uint64_t ptrSize;
  uint64_t tupleItems;      // offsetof(PyTupleObject, ob_item)
  uint64_t cellRef;         // offsetof(PyCellObject, ob_ref)
  uint64_t frameGlobals;    // offsetof(_PyInterpreterFrame, f_globals)
  uint64_t framePrevInstr;  // offsetof(_PyInterpreterFrame, prev_instr)
  uint64_t frameLocalsplus; // offsetof(_PyInterpreterFrame, localsplus)

  // Byte offset of local slot `i` in a frame, and the size of a frame with `n` slots.
  uint64_t frameSlot(unsigned i) const { return frameLocalsplus + i * ptrSize; }
  uint64_t frameSize(unsigned n) const { return frameLocalsplus + (n ? n : 1) * ptrSize; }
};

} // namespace pylc::backend
