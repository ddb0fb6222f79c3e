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

namespace {
// The length of the well-formed UTF-8 sequence at s[i] (no surrogates, no overlongs), or 0.
size_t utf8SequenceAt(const std::string &s, size_t i) {
  unsigned char c = s[i];
  size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
  if (!n || i + n > s.size())
    return 0;
  for (size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
      return 0;
  unsigned char c1 = s[i + 1];
  if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0) || (c == 0xF0 && c1 < 0x90) ||
      (c == 0xF4 && c1 >= 0x90))
    return 0;
  return n;
}

// Keeps the printed form valid UTF-8: text is copied as it is, other bytes (a bytes
// constant's, a lone surrogate's) become \xNN.
std::string quoteBytes(const std::string &s, bool keepUTF8) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    switch (c) {
    case '"':
      out += "\\\"";
      continue;
    case '\\':
      out += "\\\\";
      continue;
    case '\n':
      out += "\\n";
      continue;
    case '\t':
      out += "\\t";
      continue;
    case '\r':
      out += "\\r";
      continue;
    default:
      break;
    }
    size_t n = c >= 0x80 && keepUTF8 ? utf8SequenceAt(s, i) : 0;
    if (n) {
      out.append(s, i, n);
      i += n - 1;
    } else if (c < 0x20 || c >= 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}
} // namespace

std::string quote(const std::string &s) { return quoteBytes(s, /*keepUTF8=*/true); }

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
  case ConstData::Kind::Bytes:
    return "b" + quoteBytes(c.text, /*keepUTF8=*/false);
  case ConstData::Kind::Tuple:
    return "(" + formatElements(c.elts) + (c.elts.size() == 1 ? ",)" : ")");
  case ConstData::Kind::FrozenSet:
    return "frozenset{" + formatElements(c.elts) + "}";
  }
  return "?";
}

namespace {
// The instruction fields an opcode's own syntax shows; the printer writes any other field
// that holds something in the generic `name "..."`, `imm N`, ... form, so nothing is lost.
enum Field : unsigned { FName = 1, FNames = 2, FImm = 4, FImm2 = 8, FConst = 16, FCallee = 32 };

std::string formatNames(const std::vector<std::string> &names) {
  std::string out = "[";
  for (unsigned k = 0; k < names.size(); ++k)
    out += (k ? ", " : "") + names[k];
  return out + "]";
}

class FunctionPrinter {
public:
  FunctionPrinter(const Function &f, std::ostream &os) : f_(f), os_(os), slots_(f) {}
  void print();

private:
  void printHeader();
  void printParams();
  void printInstr(const Instr &i);
  unsigned printAttrs(const Instr &i);
  void printOtherFields(const Instr &i, unsigned shown);
  void printBlockRef(const Block *b, const std::vector<Value *> &args);

  const Function &f_;
  std::ostream &os_;
  SlotTracker slots_;
};

void FunctionPrinter::printParams() {
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
    if (p->type() != Type::object())
      os_ << ": " << p->type().name();
  }
}

void FunctionPrinter::printHeader() {
  os_ << "func @" << f_.id() << "(";
  printParams();
  os_ << ")";
  if (f_.qualname() != f_.id())
    os_ << " qualname " << quote(f_.qualname());
  if (f_.name() != lastNameComponent(f_.qualname()))
    os_ << " name " << quote(f_.name());
  const Signature &sig = f_.signature;
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
  if (f_.isNested)
    os_ << " nested";
  if (f_.hasDoc)
    os_ << " doc " << quote(f_.doc);
  if (!f_.isModuleBody() || !f_.locals().empty()) {
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

// Writes the opcode's own attribute syntax; returns the fields it showed.
unsigned FunctionPrinter::printAttrs(const Instr &i) {
  if (i.usesSlot()) {
    // The slot is named by its variable; `slot N` says which when names repeat (a class
    // body's __class__ cell and free variable).
    os_ << " " << quote(i.name);
    if (f_.findLocal(i.name) != i.imm)
      os_ << " slot " << i.imm;
    return FName | FImm;
  }
  switch (i.opcode()) {
  case Opcode::Const:
    os_ << " " << formatConst(i.constant);
    return FConst;
  case Opcode::NameLoad: case Opcode::NameStore: case Opcode::NameDel:
  case Opcode::GlobalLoad: case Opcode::GlobalStore: case Opcode::GlobalDel:
  case Opcode::AttrLoad: case Opcode::AttrStore: case Opcode::AttrDel:
  case Opcode::ImportFrom: case Opcode::MethodLoad:
    os_ << " " << quote(i.name);
    return FName;
  case Opcode::Import:
    os_ << " " << quote(i.name) << " level " << i.imm;
    return FName | FImm;
  case Opcode::BinOp: case Opcode::InPlace:
    if (i.imm < 0 || i.imm > static_cast<int64_t>(BinaryOp::FloorDiv))
      return 0;
    os_ << " " << binaryOpName(static_cast<BinaryOp>(i.imm));
    return FImm;
  case Opcode::UnOp:
    if (i.imm < 0 || i.imm > static_cast<int64_t>(UnaryOp::Invert))
      return 0;
    os_ << " " << unaryOpName(static_cast<UnaryOp>(i.imm));
    return FImm;
  case Opcode::Compare:
  case Opcode::CompareBool:
    if (i.imm < 0 || i.imm > static_cast<int64_t>(CompareOp::Ge))
      return 0;
    os_ << " " << compareOpName(static_cast<CompareOp>(i.imm));
    return FImm;
  case Opcode::Is: case Opcode::Contains:
    if (i.imm == 1)
      os_ << " not";
    return i.imm == 0 || i.imm == 1 ? FImm : 0;
  case Opcode::Unpack:
  case Opcode::TupleGet:
    os_ << " " << i.imm;
    return FImm;
  case Opcode::ExcReraise:
    if (i.imm == static_cast<int64_t>(ReraiseSite::Raised))
      os_ << " at-raise";
    else if (i.imm == static_cast<int64_t>(ReraiseSite::Here))
      os_ << " here";
    else if (i.imm != static_cast<int64_t>(ReraiseSite::Keep))
      return 0;
    return FImm;
  case Opcode::MatchClass:
    os_ << " " << i.imm;
    if (!i.names.empty())
      os_ << " kw " << formatNames(i.names);
    return FImm | FNames;
  case Opcode::UnpackEx:
    os_ << " " << i.imm << " " << i.imm2;
    return FImm | FImm2;
  case Opcode::Format:
    if (i.imm > 0 && i.imm < 128)
      os_ << " !" << static_cast<char>(i.imm);
    return i.imm == -1 || (i.imm > 0 && i.imm < 128) ? FImm : 0;
  case Opcode::MakeFunction: {
    os_ << " @" << (i.callee ? i.callee->id() : "<null>");
    static const char *const kParts[] = {" defaults", " kwdefaults", " annotations", " closure"};
    for (unsigned k = 0; k < 4; ++k)
      if (i.imm & (1 << k))
        os_ << kParts[k];
    return FCallee | (i.imm >= 0 && i.imm < 16 ? FImm : 0);
  }
  case Opcode::CCall: {
    // ccall "symbol" [parameter types] returns TYPE [site @def]
    if (i.names.empty())
      return 0;
    os_ << " " << quote(i.name) << " "
        << formatNames(std::vector<std::string>(i.names.begin() + 1, i.names.end())) << " returns "
        << i.names.front();
    if (i.imm != 1 || !i.callee)
      return FName | FNames;
    os_ << " site @" << i.callee->id(); // a guarded call site of that def
    return FName | FNames | FImm | FCallee;
  }
  case Opcode::Call: case Opcode::CallMethod: case Opcode::BuildClass:
    if (!i.names.empty())
      os_ << " kw " << formatNames(i.names);
    return FNames;
  default:
    return 0;
  }
}

void FunctionPrinter::printOtherFields(const Instr &i, unsigned shown) {
  if (!(shown & FName) && !i.name.empty())
    os_ << " name " << quote(i.name);
  if (!(shown & FNames) && !i.names.empty())
    os_ << " kw " << formatNames(i.names);
  if (!(shown & FImm) && i.imm != defaultImm(i.opcode()))
    os_ << " imm " << i.imm;
  if (!(shown & FImm2) && i.imm2)
    os_ << " imm2 " << i.imm2;
  if (!(shown & FConst) && i.constant != ConstData())
    os_ << " const " << formatConst(i.constant);
  if (!(shown & FCallee) && i.callee)
    os_ << " callee @" << i.callee->id();
}

void FunctionPrinter::printInstr(const Instr &i) {
  os_ << "  ";
  if (i.hasResult())
    os_ << slots_.name(&i) << " = ";
  os_ << opcodeName(i.opcode());
  printOtherFields(i, printAttrs(i));
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
  const Loc &l = i.loc();
  if (l.line || l.col || l.endLine || l.endCol)
    os_ << "  @" << l.line << ":" << l.col << "-" << l.endLine << ":" << l.endCol;
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

std::string lastNameComponent(const std::string &qualname) {
  size_t dot = qualname.rfind('.');
  return dot == std::string::npos ? qualname : qualname.substr(dot + 1);
}

int64_t defaultImm(Opcode op) { return op == Opcode::Format ? -1 : 0; }

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
