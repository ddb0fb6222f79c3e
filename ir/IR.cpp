#include "ir/IR.h"

#include "llvm/Support/Casting.h"

#include <algorithm>
#include <cassert>
#include <cstring>
#include <functional>

namespace pylc::ir {

namespace {
enum OpFlags : unsigned { F = 1, T = 2, R = 4, O = 8, S = 16, L = 32 };

unsigned flagsOf(Opcode op) {
  static const unsigned kFlags[] = {
#define OPCODE(Enum, Name, Flags) (Flags),
#include "ir/Opcodes.def"
  };
  return kFlags[static_cast<unsigned>(op)];
}
} // namespace

const char *opcodeName(Opcode op) {
  static const char *const kNames[] = {
#define OPCODE(Enum, Name, Flags) Name,
#include "ir/Opcodes.def"
  };
  return kNames[static_cast<unsigned>(op)];
}

bool isCCallType(const std::string &t, bool result) {
  return t == "int" || t == "float" || t == "bool" || t == "bytes" || t == "ptr" ||
         (result && t == "None");
}

const char *binaryOpName(BinaryOp op) {
  static const char *const kNames[] = {"add", "sub", "mul", "matmul", "truediv", "mod", "pow",
                                       "lshift", "rshift", "or", "xor", "and", "floordiv"};
  return kNames[static_cast<unsigned>(op)];
}
const char *unaryOpName(UnaryOp op) {
  static const char *const kNames[] = {"neg", "pos", "invert"};
  return kNames[static_cast<unsigned>(op)];
}
const char *compareOpName(CompareOp op) {
  static const char *const kNames[] = {"lt", "le", "eq", "ne", "gt", "ge"};
  return kNames[static_cast<unsigned>(op)];
}

namespace {
// Floats are the same constant when their bits are (0.0 and -0.0 differ), but a NaN is
// never the same as another constant: CPython's keys compare NaN objects by identity, and
// each NaN constant is an object of its own.
bool sameDouble(double a, double b) {
  if (a != a || b != b)
    return false;
  uint64_t x, y;
  std::memcpy(&x, &a, sizeof x);
  std::memcpy(&y, &b, sizeof y);
  return x == y;
}

size_t hashDouble(double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return std::hash<uint64_t>()(bits);
}
} // namespace

bool ConstData::operator==(const ConstData &o) const {
  if (kind != o.kind)
    return false;
  switch (kind) {
  case Kind::None:
  case Kind::True:
  case Kind::False:
  case Kind::Ellipsis:
    return true;
  case Kind::Int:
  case Kind::Str:
  case Kind::Bytes:
    return text == o.text;
  case Kind::Float:
    return sameDouble(number, o.number);
  case Kind::Complex:
    return sameDouble(real, o.real) && sameDouble(number, o.number);
  case Kind::Tuple:
    return elts == o.elts;
  case Kind::FrozenSet: {
    // The items of each are distinct, so equal sizes and a match for each item suffice.
    if (elts.size() != o.elts.size())
      return false;
    for (auto &e : elts)
      if (std::find(o.elts.begin(), o.elts.end(), e) == o.elts.end())
        return false;
    return true;
  }
  }
  return false;
}

size_t hashConst(const ConstData &c) {
  size_t h = static_cast<size_t>(c.kind) * 0x9E3779B97F4A7C15ull;
  auto mix = [&](size_t v) { h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2); };
  switch (c.kind) {
  case ConstData::Kind::Int:
  case ConstData::Kind::Str:
  case ConstData::Kind::Bytes:
    mix(std::hash<std::string>()(c.text));
    break;
  case ConstData::Kind::Float:
    mix(hashDouble(c.number));
    break;
  case ConstData::Kind::Complex:
    mix(hashDouble(c.real));
    mix(hashDouble(c.number));
    break;
  case ConstData::Kind::Tuple:
    for (auto &e : c.elts)
      mix(hashConst(e));
    break;
  case ConstData::Kind::FrozenSet: { // independent of the order
    size_t sum = 0;
    for (auto &e : c.elts)
      sum += hashConst(e);
    mix(sum);
    break;
  }
  default:
    break;
  }
  return h;
}

bool Value::isOwned() const {
  if (!type_.isBoxed())
    return false;
  switch (kind_) {
  case Kind::FuncParam:
    return false;
  case Kind::BlockParam:
    return true;
  case Kind::Instr:
    return flagsOf(static_cast<const Instr *>(this)->opcode()) & O;
  }
  return false;
}

bool Instr::mayRaise() const { return flagsOf(op_) & F; }
bool Instr::usesSlot() const { return flagsOf(op_) & L; }
bool Instr::isTerminator() const { return flagsOf(op_) & T; }
bool Instr::hasResult() const { return flagsOf(op_) & R; }

bool Instr::stealsOperand(unsigned i) const {
  if (flagsOf(op_) & S)
    return true;
  return false;
}

BlockParam *Block::addParam(Type t) {
  params_.push_back(std::make_unique<BlockParam>(t, this, params_.size()));
  return params_.back().get();
}

Instr *Block::append(std::unique_ptr<Instr> i) {
  assert(!hasTerminator() && "appending after a terminator");
  i->setParent(this);
  instrs_.push_back(std::move(i));
  return instrs_.back().get();
}

Instr *Block::insert(size_t pos, std::unique_ptr<Instr> i) {
  i->setParent(this);
  return instrs_.insert(instrs_.begin() + pos, std::move(i))->get();
}

Instr *Block::terminator() const {
  if (instrs_.empty() || !instrs_.back()->isTerminator())
    return nullptr;
  return instrs_.back().get();
}

std::vector<Block *> Block::successors() const {
  std::vector<Block *> out;
  if (Instr *t = terminator())
    out = t->successors();
  for (auto &i : instrs_)
    if (i->unwind() && std::find(out.begin(), out.end(), i->unwind()) == out.end())
      out.push_back(i->unwind());
  return out;
}

FuncParam *Function::addParam(const std::string &name) {
  params_.push_back(std::make_unique<FuncParam>(Type::object(), name, params_.size()));
  return params_.back().get();
}

int Function::findLocal(const std::string &name, SlotKind kind) const {
  for (unsigned i = 0; i < locals_.size(); ++i)
    if (locals_[i] == name && slotKinds_[i] == kind)
      return i;
  return -1;
}

unsigned Function::addLocal(const std::string &name, SlotKind kind) {
  int existing = findLocal(name, kind);
  if (existing >= 0)
    return existing;
  locals_.push_back(name);
  slotKinds_.push_back(kind);
  return locals_.size() - 1;
}

const char *functionKindName(FunctionKind k) {
  static const char *const kNames[] = {"module", "function", "lambda", "class", "comprehension"};
  return kNames[static_cast<unsigned>(k)];
}

int Function::findLocal(const std::string &name) const {
  for (unsigned i = 0; i < locals_.size(); ++i)
    if (locals_[i] == name)
      return i;
  return -1;
}

void Function::reorderSlots(const std::vector<unsigned> &newIndex) {
  std::vector<std::string> names(locals_.size());
  std::vector<SlotKind> kinds(locals_.size());
  for (unsigned i = 0; i < locals_.size(); ++i) {
    names[newIndex[i]] = locals_[i];
    kinds[newIndex[i]] = slotKinds_[i];
  }
  locals_ = std::move(names);
  slotKinds_ = std::move(kinds);
  for (auto &b : blocks_)
    for (auto &i : b->instrs())
      if (i->usesSlot())
        i->imm = newIndex[i->imm];
}

Block *Function::addBlock() {
  blocks_.push_back(std::make_unique<Block>(this));
  return blocks_.back().get();
}

Function *Module::addFunction(std::string name, std::string qualname, FunctionKind kind,
                              std::string id) {
  assert((id.empty() || !findFunction(id)) && "function id taken");
  if (id.empty()) {
    id = qualname;
    for (unsigned n = 2; findFunction(id); ++n)
      id = qualname + "#" + std::to_string(n);
  }
  functions_.push_back(std::make_unique<Function>(id, std::move(name), std::move(qualname), kind));
  byId_[id] = functions_.back().get();
  return functions_.back().get();
}

Function *Module::findFunction(const std::string &id) const {
  auto it = byId_.find(id);
  return it == byId_.end() ? nullptr : it->second;
}

Function *Module::body() const {
  for (auto &f : functions_)
    if (f->isModuleBody())
      return f.get();
  return nullptr;
}

} // namespace pylc::ir
