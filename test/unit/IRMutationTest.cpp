// Unit tests of the mutation API (ir/Mutation.h) and the Builder's insertion point: each
// rewrite starts from PIR text, and the result is checked as printed text and verified.
#include "ir/Builder.h"
#include "ir/Mutation.h"
#include "ir/Parser.h"
#include "ir/Printer.h"
#include "ir/Verifier.h"

#include <gtest/gtest.h>

using namespace pylc::ir;

namespace {

const char *kModule = R"(module "m" file "/src/m.py"

func @<module>() line 1 {
^bb0:
  %none = const None : object
  %r = incref %none : object
  ret %r
}

func @f(%a x) line 2 locals [x] {
^bb0:
  %one = const 1 : object
  %s = binop add %a, %one : object  @3:11-3:16
  ret %s
}
)";

struct Fixture {
  std::unique_ptr<Module> m = parseModule(kModule);
  Function *f = m->findFunction("f");
  Block *entry = f->entry();
  Instr *at(size_t i) { return entry->instrs()[i].get(); }
  std::string body() {
    std::string text = toString(*m);
    return text.substr(text.find("func @f"));
  }
  void expectValid() {
    auto errors = verifyModule(*m);
    EXPECT_TRUE(errors.empty()) << (errors.empty() ? "" : errors.front());
  }
};

TEST(IRMutation, InsertsBeforeAndAfter) {
  Fixture t;
  auto two = std::make_unique<Instr>(Opcode::Const, Type::object());
  two->constant.kind = ConstData::Kind::Int;
  two->constant.text = "2";
  Instr *c2 = insertAfter(t.at(0), std::move(two));
  EXPECT_EQ(c2->parent(), t.entry);
  EXPECT_EQ(indexOf(c2), 1u);
  auto nop = std::make_unique<Instr>(Opcode::Nop, Type::object());
  insertBefore(t.at(0), std::move(nop));
  EXPECT_EQ(t.at(0)->opcode(), Opcode::Nop);
  EXPECT_EQ(t.at(2), c2);
  t.expectValid();
}

TEST(IRMutation, ReplacesAllUsesAndErases) {
  Fixture t;
  Instr *one = t.at(0), *add = t.at(1);
  EXPECT_EQ(countUses(*t.f, one), 1u);
  Builder b(t.f);
  b.setInsertPoint(add);
  Instr *two = b.constant(ConstData{ConstData::Kind::Int, "2"});
  EXPECT_EQ(replaceAllUsesWith(*t.f, one, two), 1u);
  erase(one);
  EXPECT_EQ(countUses(*t.f, two), 1u);
  EXPECT_NE(t.body().find("%1 = const 2 : object  @3:11-3:16\n  %2 = binop add %0, %1"),
            std::string::npos)
      << t.body();
  t.expectValid();
}

TEST(IRMutation, ReplaceInstrKeepsPositionAndUses) {
  Fixture t;
  auto sub = std::make_unique<Instr>(Opcode::BinOp, Type::object());
  sub->imm = static_cast<int64_t>(BinaryOp::Sub);
  sub->addOperand(t.at(1)->operand(0));
  sub->addOperand(t.at(1)->operand(1));
  sub->setLoc(t.at(1)->loc());
  Instr *added = replaceInstr(t.at(1), std::move(sub));
  EXPECT_EQ(t.at(1), added);
  EXPECT_EQ(t.entry->terminator()->operand(0), added);
  EXPECT_NE(t.body().find("binop sub"), std::string::npos);
  t.expectValid();
}

TEST(IRMutation, SplitsBlocks) {
  Fixture t;
  Instr *add = t.at(1);
  Block *tail = splitBlock(add);
  EXPECT_EQ(t.f->blocks().size(), 2u);
  EXPECT_EQ(t.f->blocks()[1].get(), tail);
  EXPECT_EQ(add->parent(), tail);
  ASSERT_EQ(t.entry->terminator()->opcode(), Opcode::Br);
  EXPECT_EQ(t.entry->terminator()->successors()[0], tail);
  auto preds = predecessors(*t.f, tail);
  ASSERT_EQ(preds.size(), 1u);
  EXPECT_EQ(preds[0], t.entry);
  t.expectValid();
}

TEST(IRMutation, BuilderInsertsACallWithTheSitesHandler) {
  Fixture t;
  Builder b(t.f);
  b.setInsertPoint(t.at(1));
  Instr *r = b.callModuleAttr("os.path", "join", {t.f->params()[0].get()});
  b.decref(r);
  Instr *g = b.callGlobal("print", {});
  b.decref(g);
  t.expectValid();
  std::string body = t.body();
  EXPECT_NE(body.find("import \"os.path\""), std::string::npos) << body;
  EXPECT_NE(body.find("attr.load \"path\" %3"), std::string::npos) << body;
  EXPECT_NE(body.find("global.load \"print\""), std::string::npos) << body;
  // The inserted code runs before the add, at its location.
  EXPECT_LT(body.find("call"), body.find("binop add"));
  EXPECT_NE(body.find("call %5, %0 : object  @3:11-3:16"), std::string::npos) << body;
}

TEST(IRMutation, ErasedBlockLeavesTheRestValid) {
  Fixture t;
  Block *tail = splitBlock(t.at(1));
  // Merge it back by hand: what simplify-cfg does with the same calls.
  erase(t.entry->terminator());
  while (!tail->instrs().empty())
    t.entry->append(detach(tail->instrs().front().get()));
  eraseBlock(tail);
  EXPECT_EQ(t.f->blocks().size(), 1u);
  t.expectValid();
}

} // namespace
