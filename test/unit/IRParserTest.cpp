// Unit tests of the PIR parser: it reads back everything the printer writes (fields that
// an opcode's own syntax does not show included), and reports bad text with its position.
#include "ir/Builder.h"
#include "ir/IR.h"
#include "ir/Parser.h"
#include "ir/Printer.h"
#include "ir/Verifier.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace pylc::ir;

namespace {

ConstData constOf(ConstData::Kind kind, std::string text = "", double number = 0) {
  ConstData c;
  c.kind = kind;
  c.text = std::move(text);
  c.number = number;
  return c;
}

// Constants of every kind, including text the printer must escape.
std::vector<ConstData> awkwardConstants() {
  using K = ConstData::Kind;
  std::vector<ConstData> cs = {
      constOf(K::None),
      constOf(K::Ellipsis),
      constOf(K::Int, "-0x1ffffffffffffffffffff"),
      constOf(K::Float, "", -0.0),
      constOf(K::Float, "", NAN),
      constOf(K::Float, "", -INFINITY),
      constOf(K::Float, "", 0.1),
      constOf(K::Str, "quote \" backslash \\ tab \t nl \n \x7f caf\xc3\xa9 \xed\xa0\x80"),
      constOf(K::Bytes, std::string("\x00\xff\x80 b\"", 6)),
  };
  ConstData complex = constOf(K::Complex, "", 2.5);
  complex.real = -1;
  cs.push_back(complex);
  ConstData tuple = constOf(K::Tuple);
  tuple.elts = {constOf(K::True), constOf(K::Tuple)};
  tuple.elts[1].elts = {constOf(K::Str, "one")};
  ConstData set = constOf(K::FrozenSet);
  set.elts = {constOf(K::Int, "1"), constOf(K::False)};
  tuple.elts.push_back(set);
  cs.push_back(tuple);
  return cs;
}

std::unique_ptr<Module> buildAwkwardModule() {
  auto m = std::make_unique<Module>("pkg.mod", "/src/pkg/mod.py");
  Function *body = m->addFunction("<module>", "<module>", FunctionKind::Module);
  Function *l1 = m->addFunction("<lambda>", "<lambda>", FunctionKind::Lambda);
  Function *l2 = m->addFunction("<lambda>", "<lambda>", FunctionKind::Lambda);
  Function *cls = m->addFunction("C", "C", FunctionKind::ClassBody);
  Function *f = m->addFunction("renamed", "C.f", FunctionKind::Function);
  EXPECT_EQ(l2->id(), "<lambda>#2");

  for (Function *l : {l1, l2}) {
    Builder b(l);
    b.setBlock(b.newBlock());
    b.ret(b.incref(b.none()));
  }
  {
    // A class body with a __class__ cell and a free variable of the same name.
    cls->addLocal("__class__", SlotKind::Free);
    cls->addLocal("__class__", SlotKind::Cell);
    cls->isNested = true;
    Builder b(cls);
    b.setBlock(b.newBlock());
    Instr *ref = b.create(Opcode::CellRef, {});
    ref->name = "__class__";
    ref->imm = 1;
    b.ret(b.incref(ref));
  }
  {
    f->signature = {{"a", "b", "k", "args", "kw"}, 2, 1, 1, true, true, 1, true};
    for (auto &p : f->signature.params)
      f->addParam(p);
    f->params()[1]->setType(Type(TypeKind::Int));
    for (auto &p : f->signature.params)
      f->addLocal(p);
    f->doc = "";
    f->hasDoc = true;
    f->isGenerator = f->isCoroutine = true;
    f->firstLine = 7;
    Builder b(f);
    Block *entry = b.newBlock(), *handler = b.newBlock();
    b.setBlock(entry);
    b.setLoc({8, 0, 9, 12});
    Instr *call = b.create(Opcode::Call, {f->params()[0].get(), f->params()[0].get()});
    call->name = "unusual"; // not part of call's syntax: printed as `name "..."`
    call->imm = -3;         // likewise `imm -3`
    call->names = {"x"};
    call->setUnwind(handler);
    b.decref(call);
    b.br(handler);
    b.setBlock(handler);
    b.setLoc({});
    b.ret(b.incref(b.none()));
  }
  {
    Builder b(body);
    b.setBlock(b.newBlock());
    b.setLoc({1, 0, 1, 5});
    for (auto &c : awkwardConstants())
      b.constant(c);
    for (Function *callee : {l1, l2, f}) {
      Instr *mk = b.create(Opcode::MakeFunction, {});
      mk->callee = callee;
      b.decref(mk);
    }
    Instr *fmt = b.create(Opcode::Format, {b.none()});
    fmt->imm = 'r';
    b.decref(fmt);
    b.ret(b.incref(b.none()));
  }
  return m;
}

TEST(IRParser, RoundTripsEveryField) {
  auto m = buildAwkwardModule();
  ASSERT_EQ(verifyModule(*m), std::vector<std::string>{});
  std::string text = toString(*m);
  auto parsed = parseModule(text);
  EXPECT_EQ(toString(*parsed), text);
  EXPECT_TRUE(verifyModule(*parsed).empty());

  Function *f = parsed->findFunction("C.f");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->name(), "renamed");
  EXPECT_EQ(f->signature.argcount, 2);
  EXPECT_EQ(f->signature.posonlyargcount, 1);
  EXPECT_TRUE(f->signature.varargs && f->signature.varkw && f->signature.hasKwDefaults);
  EXPECT_EQ(f->params()[1]->type(), Type(TypeKind::Int));
  EXPECT_TRUE(f->hasDoc);
  const Instr &call = *f->entry()->instrs()[0];
  EXPECT_EQ(call.name, "unusual");
  EXPECT_EQ(call.imm, -3);
  EXPECT_EQ(call.unwind(), f->blocks()[1].get());
  EXPECT_EQ(call.loc().endCol, 12);

  // The cell of two slots named __class__ keeps its own slot.
  Function *cls = parsed->findFunction("C");
  EXPECT_EQ(cls->entry()->instrs()[0]->imm, 1);
  EXPECT_TRUE(cls->isNested);
  EXPECT_EQ(cls->kind(), FunctionKind::ClassBody);

  // Constants come back as the same constants (a NaN is a NaN, -0.0 keeps its sign).
  auto consts = awkwardConstants();
  const auto &instrs = parsed->body()->entry()->instrs();
  for (size_t k = 0; k < consts.size(); ++k) {
    const ConstData &got = instrs[k]->constant;
    if (consts[k].kind == ConstData::Kind::Float && std::isnan(consts[k].number))
      EXPECT_TRUE(std::isnan(got.number));
    else
      EXPECT_EQ(got, consts[k]) << formatConst(consts[k]);
  }
  EXPECT_TRUE(std::signbit(instrs[3]->constant.number));
  EXPECT_EQ(parsed->findFunction("<lambda>#2")->qualname(), "<lambda>");
}

TEST(IRParser, PrintedTextIsValidUTF8) {
  std::string text = toString(*buildAwkwardModule());
  EXPECT_NE(text.find(R"(b"\x00\xff\x80 b\"")"), std::string::npos) << text;
  EXPECT_NE(text.find(R"(caf)"
                      "\xc3\xa9"
                      R"( \xed\xa0\x80")"),
            std::string::npos)
      << text;
}

TEST(IRParser, ForwardReferencesAndOwnNames) {
  auto m = parseModule(R"(module "m" file "/m.py"
func @<module>() line 1 {
^start:
  br ^later(%v)
^later(%p: object):
  ret %p
^first:
  %c = const None : object
  %v = incref %c : object
  br ^start
}
)");
  Function *body = m->body();
  ASSERT_EQ(body->blocks().size(), 3u);
  EXPECT_EQ(body->blocks()[0]->instrs()[0]->successors()[0], body->blocks()[1].get());
  EXPECT_EQ(body->blocks()[0]->instrs()[0]->operand(0), body->blocks()[2]->instrs()[1].get());
}

// A ccall's symbol and signature survive print and parse; the verifier checks them.
TEST(IRParser, CCallRoundTripsAndVerifies) {
  const std::string text = R"(module "m" file "/m.py"
func @<module>() line 1 {
^b:
  %n = const None : object
  %r = ccall "c_add" [int, float, bool, bytes, ptr] returns ptr %n, %n, %n, %n, %n : object
  decref %r
  %s = ccall "c_void" [] returns None site @<module> %n : object
  decref %s
  %v = ccall "c_void" [] returns None : object
  ret %v
}
)";
  auto m = parseModule(text);
  EXPECT_EQ(verifyModule(*m), std::vector<std::string>{});
  const Instr &c = *m->body()->entry()->instrs()[1];
  EXPECT_EQ(c.opcode(), Opcode::CCall);
  EXPECT_EQ(c.name, "c_add");
  EXPECT_EQ(c.names, (std::vector<std::string>{"ptr", "int", "float", "bool", "bytes", "ptr"}));
  std::string printed = toString(*m);
  EXPECT_NE(printed.find(R"(ccall "c_add" [int, float, bool, bytes, ptr] returns ptr)"),
            std::string::npos)
      << printed;
  EXPECT_EQ(toString(*parseModule(printed)), printed);
  const Instr &site = *m->body()->entry()->instrs()[3];
  EXPECT_EQ(site.imm, 1);
  EXPECT_EQ(site.callee, m->body());

  auto bad = [&](const std::string &from, const std::string &to) {
    std::string t = text;
    t.replace(t.find(from), from.size(), to);
    return verifyModule(*parseModule(t));
  };
  EXPECT_FALSE(bad("[] returns None", "[] returns str").empty());          // unknown type
  EXPECT_FALSE(bad("[int, float", "[None, float").empty());                // None parameter
  EXPECT_FALSE(bad("%n, %n, %n, %n, %n", "%n, %n").empty());               // arity
  EXPECT_FALSE(bad("site @<module> %n", "site @<module>").empty());        // no callee object
  try {
    parseModule(text.substr(0, text.find("returns ptr")) + "ptr %n\n}\n");
    ADD_FAILURE() << "no error for a ccall without 'returns'";
  } catch (const ParseError &e) {
    EXPECT_EQ(std::string(e.what()), "expected 'returns TYPE'");
  }
}

void expectError(const std::string &text, int line, int col, const std::string &message) {
  try {
    parseModule(text);
    ADD_FAILURE() << "no error for:\n" << text;
  } catch (const ParseError &e) {
    EXPECT_EQ(e.line, line) << e.what();
    EXPECT_EQ(e.col, col) << e.what();
    EXPECT_EQ(std::string(e.what()), message);
  }
}

TEST(IRParser, ErrorsSayWhere) {
  const std::string head = "module \"m\" file \"/m.py\"\nfunc @<module>() line 1 {\n^b:\n";
  expectError(head + "  %0 = const 1 : nosuchtype\n}\n", 4, 18, "unknown type 'nosuchtype'");
  expectError(head + "  %0 = const 1\n}\n", 4, 15, "expected ':'");
  expectError(head + "  %0 = const None : object\n  %0 = const None : object\n}\n", 5, 3,
              "redefinition of %0");
  expectError(head + "  ret %x\n", 5, 1, "expected '}' at the end of @<module>");
  expectError(head + "  %0 = binop plus %1, %2 : object\n}\n", 4, 14,
              "expected a binary operator (add, sub, ...)");
  expectError("module \"m\" file \"/m.py\"\nfunc @f(**%0 kw, %1 x) line 1 {\n}\n", 2, 18,
              "a parameter after the ** parameter");
  expectError(head + "  %0 = const \"\\q\" : object\n}\n", 4, 15, "unknown escape '\\q' in string");
}

} // namespace
