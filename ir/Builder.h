// Builder: appends instructions at the end of a current block, stamping each with the
// current source location (the raising site a traceback will show).
#pragma once

#include "ir/IR.h"

#include <initializer_list>

namespace pylc::ir {

class Builder {
public:
  explicit Builder(Function *f) : fn_(f) {}

  Function *function() const { return fn_; }
  Block *block() const { return block_; }
  void setBlock(Block *b) { block_ = b; }
  Block *newBlock() { return fn_->addBlock(); }
  // True when the current block still needs a terminator (code after `return` is dead).
  bool isOpen() const { return block_ && !block_->hasTerminator(); }

  void setLoc(const Loc &l) { loc_ = l; }
  // The handler that raising instructions created from now on unwind to (null: none).
  void setUnwind(Block *b) { unwind_ = b; }
  Block *unwind() const { return unwind_; }
  const Loc &loc() const { return loc_; }

  Instr *create(Opcode op, std::initializer_list<Value *> operands, Type t = Type::object());
  Instr *create(Opcode op, const std::vector<Value *> &operands, Type t = Type::object());

  Instr *constant(const ConstData &c);
  Instr *none();
  Instr *str(const std::string &s);
  Instr *incref(Value *v) { return create(Opcode::IncRef, {v}); }
  void decref(Value *v) { create(Opcode::DecRef, {v}); }
  // An owned reference to v: v itself if owned, a new reference otherwise.
  Value *owned(Value *v) { return v->isOwned() ? v : incref(v); }
  // Consumes v if it is owned (a borrowed value needs nothing).
  void release(Value *v) {
    if (v->isOwned())
      decref(v);
  }

  Instr *named(Opcode op, const std::string &name, std::initializer_list<Value *> operands);
  Instr *withImm(Opcode op, int64_t imm, std::initializer_list<Value *> operands,
                 Type t = Type::object());

  void br(Block *dest, std::initializer_list<Value *> args = {});
  void condBr(Value *cond, Block *ifTrue, Block *ifFalse);
  void ret(Value *v);

private:
  Function *fn_;
  Block *block_ = nullptr;
  Block *unwind_ = nullptr;
  Loc loc_;
};

} // namespace pylc::ir
