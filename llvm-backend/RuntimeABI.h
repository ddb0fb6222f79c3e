// The functions and objects generated code uses from the runtime (runtime/pylc_runtime.h)
// and from libpython, declared in an LLVM module by name. One table, so the C ABI and its
// LLVM mirror are compared in one place.
#pragma once

#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Module.h"

#include <string>

namespace pylc::backend {

class RuntimeABI {
public:
  explicit RuntimeABI(llvm::Module &m);

  // A declared function of the ABI table, e.g. get("PyNumber_Add").
  llvm::FunctionCallee get(const std::string &name);
  // Addresses of CPython's singletons.
  llvm::Constant *none() { return object("_Py_NoneStruct"); }
  llvm::Constant *trueObj() { return object("_Py_TrueStruct"); }
  llvm::Constant *falseObj() { return object("_Py_FalseStruct"); }

  llvm::Type *ptr() const { return ptr_; }
  llvm::IntegerType *ssize() const { return ssize_; }
  llvm::IntegerType *i32() const { return i32_; }
  llvm::StructType *funcDescType() const { return funcDesc_; }
  llvm::StructType *constDescType() const { return constDesc_; }

  // Reference counting, inline as CPython's Py_INCREF / Py_DECREF (release build layout:
  // ob_refcnt is the first word).
  void incref(llvm::IRBuilder<> &b, llvm::Value *obj);
  void decref(llvm::IRBuilder<> &b, llvm::Value *obj);
  void xdecref(llvm::IRBuilder<> &b, llvm::Value *obj);
  // Type-based alias tags: a reference count, a frame's local slot and a frame's other
  // fields are never the same memory, which lets the optimiser keep slot values across
  // reference-count updates.
  llvm::MDNode *tbaaRefcnt() const { return tbaaRefcnt_; }
  llvm::MDNode *tbaaSlot() const { return tbaaSlot_; }
  llvm::MDNode *tbaaFrame() const { return tbaaFrame_; }
  // &PyTuple_GET_ITEM(tuple, index)
  llvm::Value *tupleItemAddr(llvm::IRBuilder<> &b, llvm::Value *tuple, uint64_t index);

private:
  llvm::Constant *object(const std::string &name);

  llvm::Module &m_;
  llvm::Type *ptr_;
  llvm::IntegerType *ssize_, *i32_;
  llvm::StructType *funcDesc_, *constDesc_;
  llvm::MDNode *tbaaRefcnt_, *tbaaSlot_, *tbaaFrame_;
};

} // namespace pylc::backend
