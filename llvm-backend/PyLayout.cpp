#include "llvm-backend/PyLayout.h"

namespace pylc::backend {

static uint64_t alignTo(uint64_t v, uint64_t a) { return (v + a - 1) / a * a; }

PyLayout::PyLayout(const llvm::DataLayout &dl) : ptrSize(dl.getPointerSize()) {
  // PyVarObject: ob_refcnt (Py_ssize_t), ob_type, ob_size.
  tupleItems = 3 * ptrSize;
  // PyCellObject: PyObject_HEAD, then ob_ref.
  cellRef = 2 * ptrSize;
  // _PyInterpreterFrame: f_func, f_globals, f_builtins, f_locals, f_code, frame_obj,
  // previous, prev_instr (pointers), stacktop (int), is_entry (bool), owner (char), then
  // localsplus[] (pointer-aligned).
  frameGlobals = 1 * ptrSize;
  framePrevInstr = 7 * ptrSize;
  frameLocalsplus = alignTo(8 * ptrSize + 4 + 1 + 1, ptrSize);
}

} // namespace pylc::backend
