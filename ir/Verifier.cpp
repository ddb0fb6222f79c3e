#include "ir/Verifier.h"

#include "ir/Ownership.h"
#include "ir/Printer.h"

#include "llvm/Support/Casting.h"

#include <set>

namespace pylc::ir {

namespace {
class FunctionVerifier {
public:
  explicit FunctionVerifier(const Function &f) : f_(f), slots_(f) {}
  std::vector<std::string> run();

private:
  void fail(const std::string &msg) { errors_.push_back("in @" + f_.id() + ": " + msg); }
  void checkBlock(const Block &b);
  void checkInstr(const Instr &i);
  void checkOperandsDefined(const Instr &i);
  void checkArity(const Instr &i);
  void checkBranch(const Instr &i);

  const Function &f_;
  SlotTracker slots_;
  std::set<const Value *> defined_;
  std::set<const Block *> blocks_;
  std::vector<std::string> errors_;
};

std::vector<std::string> FunctionVerifier::run() {
  if (f_.blocks().empty()) {
    fail("function has no blocks");
    return errors_;
  }
  for (auto &p : f_.params())
    defined_.insert(p.get());
  for (auto &b : f_.blocks()) {
    blocks_.insert(b.get());
    for (auto &p : b->params())
      defined_.insert(p.get());
    for (auto &i : b->instrs())
      defined_.insert(i.get());
  }
  for (auto &b : f_.blocks())
    checkBlock(*b);
  if (!errors_.empty())
    return errors_; // ownership analysis assumes a well-formed CFG
  Ownership own(f_);
  for (auto &e : own.errors())
    fail(e);
  return errors_;
}

void FunctionVerifier::checkBlock(const Block &b) {
  if (!b.hasTerminator())
    fail(slots_.name(&b) + " does not end in a terminator");
  for (auto &i : b.instrs()) {
    if (i->parent() != &b)
      fail("instruction " + std::string(opcodeName(i->opcode())) + " has a wrong parent block");
    if (i->isTerminator() && i.get() != b.instrs().back().get())
      fail(slots_.name(&b) + " has a terminator in the middle");
    checkInstr(*i);
  }
}

void FunctionVerifier::checkOperandsDefined(const Instr &i) {
  for (Value *v : i.operands())
    if (!v || !defined_.count(v))
      fail(std::string(opcodeName(i.opcode())) + " in " + slots_.name(i.parent()) +
           " uses a value not defined in this function");
}

void FunctionVerifier::checkArity(const Instr &i) {
  auto expect = [&](unsigned lo, unsigned hi) {
    if (i.numOperands() < lo || i.numOperands() > hi)
      fail(std::string(opcodeName(i.opcode())) + " in " + slots_.name(i.parent()) + " has " +
           std::to_string(i.numOperands()) + " operands");
  };
  switch (i.opcode()) {
  case Opcode::Const: case Opcode::LocalLoad: case Opcode::LocalDel: case Opcode::GlobalLoad:
  case Opcode::CellLoad: case Opcode::CellDel: case Opcode::CellRef:
  case Opcode::ClassDerefLoad: case Opcode::NameLoad: case Opcode::NameDel:
  case Opcode::ExcFetch: case Opcode::GenStart:
  case Opcode::GlobalDel: case Opcode::Reraise: case Opcode::Unreachable:
    expect(0, 0);
    break;
  case Opcode::IncRef: case Opcode::DecRef: case Opcode::LocalStore: case Opcode::GlobalStore:
  case Opcode::CellStore: case Opcode::NameStore: case Opcode::ExcPush: case Opcode::ExcPop:
  case Opcode::ExcReraise: case Opcode::WithEnter: case Opcode::WithExitFn:
  case Opcode::GenYield: case Opcode::GenYieldFrom: case Opcode::YieldFromIter:
  case Opcode::ExcStarRest: case Opcode::GetAwaitable: case Opcode::GetAIter: case Opcode::GetANext:
  case Opcode::ExcIsStopAsync: case Opcode::AsyncWithEnter: case Opcode::AsyncWithExitFn:
  case Opcode::MatchLen:
  case Opcode::AttrLoad: case Opcode::AttrDel: case Opcode::MethodLoad: case Opcode::UnOp: case Opcode::Not:
  case Opcode::Truth: case Opcode::ListToTuple: case Opcode::Unpack: case Opcode::UnpackEx:
  case Opcode::TupleGet: case Opcode::GetIter: case Opcode::IterNext: case Opcode::Import:
  case Opcode::ImportFrom: case Opcode::ImportStar: case Opcode::CondBr: case Opcode::Ret:
    expect(1, 1);
    break;
  case Opcode::AttrStore: case Opcode::ItemLoad: case Opcode::ItemDel: case Opcode::BinOp:
  case Opcode::InPlace: case Opcode::Compare: case Opcode::CompareBool: case Opcode::Is: case Opcode::Contains:
  case Opcode::ExcStarMatch: case Opcode::ExcPrepReraiseStar: case Opcode::BuildClassEx:
  case Opcode::MatchKeys: case Opcode::MatchClass: case Opcode::MatchRest:
  case Opcode::ListAppend: case Opcode::ListExtend: case Opcode::SetUpdate:
  case Opcode::DictUpdate: case Opcode::ArgsTuple:
    expect(2, 2);
    break;
  case Opcode::ItemStore: case Opcode::Slice: case Opcode::KwargsMerge:
    expect(3, 3);
    break;
  case Opcode::Format: case Opcode::CallEx: case Opcode::Raise:
    expect(i.opcode() == Opcode::Raise ? 1 : (i.opcode() == Opcode::CallEx ? 2 : 1),
           i.opcode() == Opcode::CallEx ? 3 : 2);
    break;
  case Opcode::AssertFail: case Opcode::CellMake:
    expect(0, 1);
    break;
  case Opcode::WithExit: case Opcode::AsyncWithExit:
    expect(1, 2);
    break;
  case Opcode::ExcMatch:
    expect(2, 2);
    if (i.type() != Type::boolean())
      fail("exc.match in " + slots_.name(i.parent()) + " must be a bool");
    break;
  case Opcode::MatchSequence: case Opcode::MatchMapping:
    expect(1, 1);
    if (i.type() != Type::boolean())
      fail(std::string(opcodeName(i.opcode())) + " in " + slots_.name(i.parent()) +
           " must be a bool");
    break;
  case Opcode::MakeFunction:
    expect(__builtin_popcountll(i.imm & 15), __builtin_popcountll(i.imm & 15));
    break;
  case Opcode::CCall: {
    std::string where = "ccall in " + slots_.name(i.parent());
    if (i.name.empty())
      fail(where + " names no C symbol");
    if (i.names.empty())
      fail(where + " has no signature");
    for (size_t k = 0; k < i.names.size(); ++k)
      if (!isCCallType(i.names[k], k == 0))
        fail(where + " has an unknown C type '" + i.names[k] + "'");
    if (i.imm != 0 && (i.imm != 1 || !i.callee))
      fail(where + ": a call site (imm 1) names its declaring function with callee @f");
    expect(i.names.size() - 1 + i.imm, i.names.size() - 1 + i.imm);
    break;
  }
  case Opcode::BuildClass:
    if (i.numOperands() < 2 + i.names.size())
      fail("class.build in " + slots_.name(i.parent()) + " needs a body and a name");
    break;
  case Opcode::BuildDict:
    if (i.numOperands() % 2)
      fail("dict in " + slots_.name(i.parent()) + " has an odd number of operands");
    break;
  case Opcode::CallMethod:
    if (i.numOperands() < 2 + i.names.size() || !llvm::isa<Instr>(i.operand(0)) ||
        llvm::cast<Instr>(i.operand(0))->opcode() != Opcode::MethodLoad)
      fail("call.method in " + slots_.name(i.parent()) + " needs a method.load and its object");
    break;
  case Opcode::Call:
    if (i.numOperands() < 1 + i.names.size())
      fail("call in " + slots_.name(i.parent()) + " has fewer operands than keyword names");
    break;
  default:
    break;
  }
}

void FunctionVerifier::checkBranch(const Instr &i) {
  for (Block *s : i.successors())
    if (!blocks_.count(s))
      fail(std::string(opcodeName(i.opcode())) + " in " + slots_.name(i.parent()) +
           " branches to a block of another function");
  bool resumes = i.opcode() == Opcode::GenStart || i.opcode() == Opcode::GenYield ||
                 i.opcode() == Opcode::GenYieldFrom;
  unsigned want = i.opcode() == Opcode::IterNext || i.opcode() == Opcode::CondBr ? 2
                  : i.opcode() == Opcode::Br || resumes                           ? 1
                                                                                 : 0;
  if (i.successors().size() != want) {
    fail(std::string(opcodeName(i.opcode())) + " in " + slots_.name(i.parent()) + " has " +
         std::to_string(i.successors().size()) + " successors");
    return;
  }
  if (i.opcode() == Opcode::Br) {
    const Block *dest = i.successors()[0];
    if (dest->params().size() != i.numOperands())
      fail("br in " + slots_.name(i.parent()) + " passes " + std::to_string(i.numOperands()) +
           " arguments to " + slots_.name(dest) + " which takes " +
           std::to_string(dest->params().size()));
    else
      for (unsigned k = 0; k < i.numOperands(); ++k)
        if (i.operand(k)->type() != dest->params()[k]->type())
          fail("br in " + slots_.name(i.parent()) + " passes a " +
               i.operand(k)->type().name() + " to a " + dest->params()[k]->type().name() +
               " parameter of " + slots_.name(dest));
  }
  if (resumes && !f_.isGenerator && !f_.isCoroutine)
    fail(std::string(opcodeName(i.opcode())) + " in " + slots_.name(i.parent()) +
         " outside a generator");
  if (resumes && i.successors()[0]->params().size() != (i.opcode() == Opcode::GenStart ? 0 : 1))
    fail(std::string(opcodeName(i.opcode())) + " in " + slots_.name(i.parent()) +
         " needs a resume block taking the value sent in");
  if (i.opcode() == Opcode::IterNext && i.successors()[0]->params().size() != 1)
    fail("iter.next in " + slots_.name(i.parent()) + " needs a body block with one parameter");
  if (i.opcode() == Opcode::CondBr && i.operand(0)->type() != Type::boolean())
    fail("condbr in " + slots_.name(i.parent()) + " on a non-bool value");
}

void FunctionVerifier::checkInstr(const Instr &i) {
  checkOperandsDefined(i);
  checkArity(i);
  if (i.isTerminator())
    checkBranch(i);
  if (i.unwind()) {
    if (!i.mayRaise())
      fail(std::string(opcodeName(i.opcode())) + " in " + slots_.name(i.parent()) +
           " cannot raise but has an unwind edge");
    else if (!blocks_.count(i.unwind()))
      fail(std::string(opcodeName(i.opcode())) + " in " + slots_.name(i.parent()) +
           " unwinds to a block of another function");
    else if (!i.unwind()->params().empty())
      fail(std::string(opcodeName(i.opcode())) + " in " + slots_.name(i.parent()) +
           " unwinds to " + slots_.name(i.unwind()) + ", which has parameters");
  }
  if (i.opcode() == Opcode::ExcStarRest &&
      (!llvm::isa<Instr>(i.operand(0)) ||
       llvm::cast<Instr>(i.operand(0))->opcode() != Opcode::ExcStarMatch))
    fail("exc.starrest in " + slots_.name(i.parent()) + " needs an exc.starmatch");
  if ((i.opcode() == Opcode::WithExitFn || i.opcode() == Opcode::AsyncWithExitFn) &&
      (!llvm::isa<Instr>(i.operand(0)) ||
       llvm::cast<Instr>(i.operand(0))->opcode() !=
           (i.opcode() == Opcode::WithExitFn ? Opcode::WithEnter : Opcode::AsyncWithEnter)))
    fail("with.exitfn in " + slots_.name(i.parent()) + " needs a with.enter");
  if (i.opcode() == Opcode::MakeFunction && !i.callee)
    fail("func.make in " + slots_.name(i.parent()) + " has no callee");
  if (i.usesSlot()) {
    if (i.imm < 0 || i.imm >= (int64_t)f_.locals().size() || f_.locals()[i.imm] != i.name)
      fail(std::string(opcodeName(i.opcode())) + " \"" + i.name + "\" in " +
           slots_.name(i.parent()) + " does not name a local slot of the function");
    // Plain slot accesses need a fast slot, cell accesses a cell or free one.
    else if ((f_.slotKind(i.imm) == SlotKind::Fast) !=
             (i.opcode() == Opcode::LocalLoad || i.opcode() == Opcode::LocalStore ||
              i.opcode() == Opcode::LocalDel))
      fail(std::string(opcodeName(i.opcode())) + " \"" + i.name + "\" in " +
           slots_.name(i.parent()) + " does not match the kind of its slot");
  }
}
} // namespace

std::vector<std::string> verifyFunction(const Function &f) { return FunctionVerifier(f).run(); }

std::vector<std::string> verifyModule(const Module &m) {
  std::vector<std::string> all;
  if (!m.body())
    all.push_back("module has no body function");
  for (auto &f : m.functions()) {
    auto errs = verifyFunction(*f);
    all.insert(all.end(), errs.begin(), errs.end());
  }
  return all;
}

} // namespace pylc::ir
