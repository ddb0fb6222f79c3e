#include "ir/Builder.h"

namespace pylc::ir {

// What the interpreter runs without a line event of its own: jumps, reference
// counting, the handled-exception bookkeeping of a handler's entry and exit
// (PUSH_EXC_INFO and POP_EXCEPT carry the line already running) and its
// implicit re-raise, a return (its value was computed on the line that returns,
// or by a `finally` that ran since), and a generator's creation.
static bool startsNoLine(Opcode op) {
  switch (op) {
  case Opcode::Br:
  case Opcode::IncRef:
  case Opcode::DecRef:
  case Opcode::ExcFetch:
  case Opcode::ExcPush:
  case Opcode::ExcPop:
  case Opcode::ExcReraise:
  case Opcode::Ret:
  case Opcode::GenStart:
  case Opcode::TraceLine:
  case Opcode::EvalCheck:
    return true;
  default:
    return false;
  }
}

void Builder::markLine(Opcode op) {
  if (!traceLines_ || startsNoLine(op) || loc_.line <= 0)
    return;
  if (lineBlock_ == block_ && line_ == loc_.line)
    return;
  lineBlock_ = block_;
  line_ = loc_.line;
  auto mark = std::make_unique<Instr>(Opcode::TraceLine, Type::object());
  mark->setLoc(loc_);
  mark->setUnwind(unwind_);
  block_->append(std::move(mark));
}

Instr *Builder::create(Opcode op, const std::vector<Value *> &operands,
                       Type t) {
  markLine(op);
  auto instr = std::make_unique<Instr>(op, t);
  for (Value *v : operands)
    instr->addOperand(v);
  instr->setLoc(loc_);
  if (instr->mayRaise())
    instr->setUnwind(unwind_);
  return block_->append(std::move(instr));
}

Instr *Builder::create(Opcode op, std::initializer_list<Value *> operands,
                       Type t) {
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

Instr *Builder::named(Opcode op, const std::string &name,
                      std::initializer_list<Value *> operands) {
  Instr *i = create(op, operands);
  i->name = name;
  return i;
}

Instr *Builder::withImm(Opcode op, int64_t imm,
                        std::initializer_list<Value *> operands, Type t) {
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
