#include "ir/Printer.h"

#include "llvm/Support/Casting.h"

#include <cmath>
#include <cstdio>
#include <sstream>

namespace pylc::ir {

SlotTracker::SlotTracker(const Function &f) {
  unsigned next = 0;
  for (auto &p : f.params())
    values_[p.get()] = next++;
  unsigned nextBlock = 0;
  for (auto &b : f.blocks()) {
    blocks_[b.get()] = nextBlock++;
    for (auto &p : b->params())
      values_[p.get()] = next++;
    for (auto &i : b->instrs())
      if (i->hasResult())
        values_[i.get()] = next++;
  }
}

std::string SlotTracker::name(const Value *v) const {
  auto it = values_.find(v);
  return it == values_.end() ? "%<invalid>" : "%" + std::to_string(it->second);
}

std::string SlotTracker::name(const Block *b) const {
  auto it = blocks_.find(b);
  return it == blocks_.end() ? "^<invalid>" : "^bb" + std::to_string(it->second);
}

static std::string quote(const std::string &s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\n': out += "\\n"; break;
    case '\t': out += "\\t"; break;
    case '\r': out += "\\r"; break;
    default:
      if (c < 0x20 || c == 0x7f) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\x%02x", c);
        out += buf;
      } else {
        out += static_cast<char>(c);
      }
    }
  }
  return out + "\"";
}

static std::string formatDouble(double d) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.17g", d);
  return buf;
}

static std::string formatElements(const std::vector<ConstData> &elts) {
  std::string out;
  for (size_t i = 0; i < elts.size(); ++i)
    out += (i ? ", " : "") + formatConst(elts[i]);
  return out;
}

std::string formatConst(const ConstData &c) {
  switch (c.kind) {
  case ConstData::Kind::None: return "None";
  case ConstData::Kind::True: return "True";
  case ConstData::Kind::False: return "False";
  case ConstData::Kind::Ellipsis: return "Ellipsis";
  case ConstData::Kind::Int: return c.text;
  case ConstData::Kind::Float: return "float " + formatDouble(c.number);
  case ConstData::Kind::Complex:
    // `complex IMAG` for a purely imaginary literal (real part +0.0), else `complex REAL IMAG`.
    if (c.real == 0 && !std::signbit(c.real))
      return "complex " + formatDouble(c.number);
    return "complex " + formatDouble(c.real) + " " + formatDouble(c.number);
  case ConstData::Kind::Str: return quote(c.text);
  case ConstData::Kind::Bytes: return "b" + quote(c.text);
  case ConstData::Kind::Tuple:
    return "(" + formatElements(c.elts) + (c.elts.size() == 1 ? ",)" : ")");
  case ConstData::Kind::FrozenSet:
    return "frozenset{" + formatElements(c.elts) + "}";
  }
  return "?";
}

namespace {
class FunctionPrinter {
public:
  FunctionPrinter(const Function &f, std::ostream &os) : f_(f), os_(os), slots_(f) {}
  void print();

private:
  void printHeader();
  void printInstr(const Instr &i);
  void printAttrs(const Instr &i);
  void printBlockRef(const Block *b, const std::vector<Value *> &args);

  const Function &f_;
  std::ostream &os_;
  SlotTracker slots_;
};

void FunctionPrinter::printHeader() {
  os_ << "func @" << f_.qualname() << "(";
  const Signature &sig = f_.signature;
  for (unsigned i = 0; i < f_.params().size(); ++i) {
    const FuncParam *p = f_.params()[i].get();
    if (i)
      os_ << ", ";
    if (sig.varargs && (int)i == sig.argcount + sig.kwonlyargcount)
      os_ << "*";
    else if (sig.varkw && i + 1 == f_.params().size())
      os_ << "**";
    os_ << slots_.name(p) << " " << p->name();
  }
  os_ << ")";
  if (sig.posonlyargcount)
    os_ << " posonly " << sig.posonlyargcount;
  if (sig.kwonlyargcount)
    os_ << " kwonly " << sig.kwonlyargcount;
  if (sig.numDefaults)
    os_ << " defaults " << sig.numDefaults;
  if (sig.hasKwDefaults)
    os_ << " kwdefaults";
  os_ << " line " << f_.firstLine;
  if (f_.kind() != FunctionKind::Function && f_.kind() != FunctionKind::Module)
    os_ << " kind " << functionKindName(f_.kind());
  if (f_.isGenerator)
    os_ << " generator";
  if (f_.isCoroutine)
    os_ << " coroutine";
  if (!f_.isModuleBody()) {
    os_ << " locals [";
    static const char *const kSlotPrefix[] = {"", "cell ", "free "};
    for (unsigned i = 0; i < f_.locals().size(); ++i)
      os_ << (i ? ", " : "") << kSlotPrefix[static_cast<unsigned>(f_.slotKind(i))]
          << f_.locals()[i];
    os_ << "]";
  }
  os_ << " {\n";
}

void FunctionPrinter::printBlockRef(const Block *b, const std::vector<Value *> &args) {
  os_ << slots_.name(b);
  if (args.empty())
    return;
  os_ << "(";
  for (unsigned i = 0; i < args.size(); ++i)
    os_ << (i ? ", " : "") << slots_.name(args[i]);
  os_ << ")";
}

void FunctionPrinter::printAttrs(const Instr &i) {
  switch (i.opcode()) {
  case Opcode::Const: os_ << " " << formatConst(i.constant); break;
  case Opcode::LocalLoad: case Opcode::LocalStore: case Opcode::LocalDel:
  case Opcode::CellMake: case Opcode::CellLoad: case Opcode::CellStore: case Opcode::CellDel:
  case Opcode::CellRef: case Opcode::ClassDerefLoad:
  case Opcode::NameLoad: case Opcode::NameStore: case Opcode::NameDel:
  case Opcode::GlobalLoad: case Opcode::GlobalStore: case Opcode::GlobalDel:
  case Opcode::AttrLoad: case Opcode::AttrStore: case Opcode::AttrDel:
  case Opcode::ImportFrom: case Opcode::MethodLoad:
    os_ << " " << quote(i.name);
    break;
  case Opcode::Import: os_ << " " << quote(i.name) << " level " << i.imm; break;
  case Opcode::BinOp: case Opcode::InPlace:
    os_ << " " << binaryOpName(static_cast<BinaryOp>(i.imm));
    break;
  case Opcode::UnOp: os_ << " " << unaryOpName(static_cast<UnaryOp>(i.imm)); break;
  case Opcode::Compare: case Opcode::CompareBool: os_ << " " << compareOpName(static_cast<CompareOp>(i.imm)); break;
  case Opcode::Is: case Opcode::Contains:
    if (i.imm)
      os_ << " not";
    break;
  case Opcode::Unpack: case Opcode::TupleGet: os_ << " " << i.imm; break;
  case Opcode::ExcReraise:
    if (i.imm == static_cast<int64_t>(ReraiseSite::Raised))
      os_ << " at-raise";
    else if (i.imm == static_cast<int64_t>(ReraiseSite::Here))
      os_ << " here";
    break;
  case Opcode::MatchClass:
    os_ << " " << i.imm;
    if (!i.names.empty()) {
      os_ << " kw [";
      for (unsigned k = 0; k < i.names.size(); ++k)
        os_ << (k ? ", " : "") << i.names[k];
      os_ << "]";
    }
    break;
  case Opcode::UnpackEx: os_ << " " << i.imm << " " << i.imm2; break;
  case Opcode::Format:
    if (i.imm > 0)
      os_ << " !" << static_cast<char>(i.imm);
    break;
  case Opcode::MakeFunction: {
    os_ << " @" << i.callee->qualname();
    static const char *const kParts[] = {" defaults", " kwdefaults", " annotations", " closure"};
    for (unsigned k = 0; k < 4; ++k)
      if (i.imm & (1 << k))
        os_ << kParts[k];
    break;
  }
  case Opcode::Call: case Opcode::CallMethod: case Opcode::BuildClass:
    if (!i.names.empty()) {
      os_ << " kw [";
      for (unsigned k = 0; k < i.names.size(); ++k)
        os_ << (k ? ", " : "") << i.names[k];
      os_ << "]";
    }
    break;
  default: break;
  }
}

void FunctionPrinter::printInstr(const Instr &i) {
  os_ << "  ";
  if (i.hasResult())
    os_ << slots_.name(&i) << " = ";
  os_ << opcodeName(i.opcode());
  printAttrs(i);
  bool branchArgs = i.opcode() == Opcode::Br;
  if (!branchArgs)
    for (unsigned k = 0; k < i.numOperands(); ++k)
      os_ << (k ? ", " : " ") << slots_.name(i.operand(k));
  for (unsigned k = 0; k < i.successors().size(); ++k) {
    os_ << ((k || (!branchArgs && i.numOperands())) ? ", " : " ");
    printBlockRef(i.successors()[k], branchArgs ? i.operands() : std::vector<Value *>{});
  }
  if (i.hasResult())
    os_ << " : " << i.type().name();
  if (i.unwind())
    os_ << " unwind " << slots_.name(i.unwind());
  if (i.mayRaise() && i.loc().line)
    os_ << "  @" << i.loc().line << ":" << i.loc().col << "-" << i.loc().endLine << ":"
        << i.loc().endCol;
  os_ << "\n";
}

void FunctionPrinter::print() {
  printHeader();
  for (auto &b : f_.blocks()) {
    os_ << slots_.name(b.get());
    if (!b->params().empty()) {
      os_ << "(";
      for (unsigned k = 0; k < b->params().size(); ++k)
        os_ << (k ? ", " : "") << slots_.name(b->params()[k].get()) << ": "
            << b->params()[k]->type().name();
      os_ << ")";
    }
    os_ << ":\n";
    for (auto &i : b->instrs())
      printInstr(*i);
  }
  os_ << "}\n";
}
} // namespace

void printFunction(const Function &f, std::ostream &os) { FunctionPrinter(f, os).print(); }

void printModule(const Module &m, std::ostream &os) {
  os << "module " << quote(m.name()) << " file " << quote(m.path()) << "\n";
  for (auto &f : m.functions()) {
    os << "\n";
    printFunction(*f, os);
  }
}

std::string toString(const Module &m) {
  std::ostringstream os;
  printModule(m, os);
  return os.str();
}

std::string toString(const Function &f) {
  std::ostringstream os;
  printFunction(f, os);
  return os.str();
}

} // namespace pylc::ir
