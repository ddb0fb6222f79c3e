#include "ir/Builder.h"

#include "ir/Mutation.h"

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
  place(std::move(mark));
}

Instr *Builder::place(std::unique_ptr<Instr> i) {
  if (!before_)
    return block_->append(std::move(i));
  return insertBefore(before_, std::move(i));
}

void Builder::setInsertPoint(Instr *pos) {
  block_ = pos->parent();
  before_ = pos;
  loc_ = pos->loc();
  auto &instrs = block_->instrs();
  size_t at = indexOf(pos);
  unwind_ = nullptr;
  for (size_t k = at; k < instrs.size(); ++k)
    if (instrs[k]->mayRaise()) {
      unwind_ = instrs[k]->unwind();
      return;
    }
  for (size_t k = at; k-- > 0;)
    if (instrs[k]->mayRaise()) {
      unwind_ = instrs[k]->unwind();
      return;
    }
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
  return place(std::move(instr));
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

Instr *Builder::call(Value *f, const std::vector<Value *> &args,
                     const std::vector<std::string> &kwNames) {
  std::vector<Value *> operands{f};
  operands.insert(operands.end(), args.begin(), args.end());
  Instr *i = create(Opcode::Call, operands);
  i->names = kwNames;
  return i;
}

Instr *Builder::callGlobal(const std::string &name, const std::vector<Value *> &args) {
  Instr *f = named(Opcode::GlobalLoad, name, {});
  Instr *result = call(f, args);
  decref(f);
  return result;
}

Instr *Builder::loadModuleAttr(const std::string &module, const std::string &attr) {
  // `import a.b` gives the top-level package: walk down to the submodule.
  Value *m = named(Opcode::Import, module, {none()});
  for (size_t start = module.find('.'); start != std::string::npos;) {
    size_t end = module.find('.', start + 1);
    Instr *sub =
        named(Opcode::AttrLoad,
              module.substr(start + 1, end == std::string::npos ? end : end - start - 1), {m});
    decref(m);
    m = sub;
    start = end;
  }
  Instr *value = named(Opcode::AttrLoad, attr, {m});
  decref(m);
  return value;
}

Instr *Builder::callModuleAttr(const std::string &module, const std::string &attr,
                               const std::vector<Value *> &args) {
  Instr *f = loadModuleAttr(module, attr);
  Instr *result = call(f, args);
  decref(f);
  return result;
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
