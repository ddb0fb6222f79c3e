#include "ir/Builder.h"

namespace pylc::ir {

Instr *Builder::create(Opcode op, const std::vector<Value *> &operands, Type t) {
  auto instr = std::make_unique<Instr>(op, t);
  for (Value *v : operands)
    instr->addOperand(v);
  instr->setLoc(loc_);
  if (instr->mayRaise())
    instr->setUnwind(unwind_);
  return block_->append(std::move(instr));
}

Instr *Builder::create(Opcode op, std::initializer_list<Value *> operands, Type t) {
  return create(op, std::vector<Value *>(operands), t);
}

Instr *Builder::constant(const ConstData &c) {
  Instr *i = create(Opcode::Const, {});
  i->constant = c;
  return i;
}

Instr *Builder::none() { return constant(ConstData{}); }

Instr *Builder::str(const std::string &s) {
  ConstData c;
  c.kind = ConstData::Kind::Str;
  c.text = s;
  return constant(c);
}

Instr *Builder::named(Opcode op, const std::string &name, std::initializer_list<Value *> operands) {
  Instr *i = create(op, operands);
  i->name = name;
  return i;
}

Instr *Builder::withImm(Opcode op, int64_t imm, std::initializer_list<Value *> operands, Type t) {
  Instr *i = create(op, operands, t);
  i->imm = imm;
  return i;
}

void Builder::br(Block *dest, std::initializer_list<Value *> args) {
  Instr *i = create(Opcode::Br, args);
  i->addSuccessor(dest);
}

void Builder::condBr(Value *cond, Block *ifTrue, Block *ifFalse) {
  Instr *i = create(Opcode::CondBr, {cond});
  i->addSuccessor(ifTrue);
  i->addSuccessor(ifFalse);
}

void Builder::ret(Value *v) { create(Opcode::Ret, {v}); }

} // namespace pylc::ir
