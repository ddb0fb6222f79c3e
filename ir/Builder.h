// Builder: appends instructions at the end of a current block (or inserts them before a
// given instruction), stamping each with the current source location (the raising site a
// traceback will show) and handler.
#pragma once

#include "ir/IR.h"

#include <initializer_list>

namespace pylc::ir {

class Builder {
public:
  explicit Builder(Function *f) : fn_(f) {}

  Function *function() const { return fn_; }
  Block *block() const { return block_; }
  // Append at the end of `b` from now on.
  void setBlock(Block *b) {
    block_ = b;
    before_ = nullptr;
  }
  // Insert before `pos` from now on (in order: each new instruction goes after the previous
  // one), at pos's location and unwinding to the handler in effect there: pos's own if it may
  // raise, else that of the nearest raising instruction after it in its block (or before it).
  void setInsertPoint(Instr *pos);
  Block *newBlock() { return fn_->addBlock(); }
  // True when the current block still needs a terminator (code after `return` is dead).
  bool isOpen() const { return block_ && !block_->hasTerminator(); }

  void setLoc(const Loc &l) { loc_ = l; }
  // Start each source line's code with `trace.line` (what sys.settrace's line events come
  // from): before the first instruction of a block that has a line, and before each
  // instruction whose line differs from the previous one's in its block. The mark unwinds
  // to the handler in effect there, so a trace function that raises raises into the
  // surrounding try statement. Some instructions start no line (startsNoLine).
  void setTraceLines(bool on) { traceLines_ = on; }
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

  // Calls: `f(args..., kw=values...)` with `kwNames` naming the trailing arguments; a
  // global or builtin by name; `module.attr` (the module imported at the call, as `import`
  // would). Each returns the call's owned result and releases what it loaded.
  Instr *call(Value *f, const std::vector<Value *> &args,
              const std::vector<std::string> &kwNames = {});
  Instr *callGlobal(const std::string &name, const std::vector<Value *> &args);
  Instr *callModuleAttr(const std::string &module, const std::string &attr,
                        const std::vector<Value *> &args);
  // An owned reference to `module.attr`, the module imported here as `import` would.
  Instr *loadModuleAttr(const std::string &module, const std::string &attr);

  void br(Block *dest, std::initializer_list<Value *> args = {});
  void condBr(Value *cond, Block *ifTrue, Block *ifFalse);
  void ret(Value *v);

private:
  void markLine(Opcode op);
  Instr *place(std::unique_ptr<Instr> i);

  Function *fn_;
  bool traceLines_ = false;
  const Block *lineBlock_ = nullptr; // the block and line of the last line-carrying instr
  int line_ = 0;
  Block *block_ = nullptr;
  Instr *before_ = nullptr; // the insertion point; null: the end of block_
  Block *unwind_ = nullptr;
  Loc loc_;
};

} // namespace pylc::ir
