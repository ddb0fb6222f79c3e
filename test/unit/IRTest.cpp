// Unit tests of PIR: building with the Builder, the printed form, the verifier and its
// ownership analysis, the pass manager and the passes that ship with pylc.
#include "ir/IR.h"
#include "ir/Builder.h"
#include "ir/Ownership.h"
#include "ir/Printer.h"
#include "ir/Verifier.h"
#include "lowering/PassManager.h"
#include "lowering/Passes.h"

#include "llvm/Support/Casting.h"

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

using namespace pylc;
using namespace pylc::ir;

namespace {

ConstData intConst(const std::string &digits) {
  ConstData c;
  c.kind = ConstData::Kind::Int;
  c.text = digits;
  return c;
}

// local.load / local.store / local.del of a slot of the builder's function.
Instr *localOp(Builder &b, Opcode op, const std::string &name,
               std::initializer_list<Value *> operands = {}) {
  Instr *i = b.create(op, operands);
  i->name = name;
  i->imm = b.function()->findLocal(name);
  return i;
}

Instr *iterNext(Builder &b, Value *it, Block *body, Block *exhausted) {
  Instr *i = b.create(Opcode::IterNext, {it});
  i->addSuccessor(body);
  i->addSuccessor(exhausted);
  return i;
}

// `ret None` with the owned reference ret needs.
void retNone(Builder &b) { b.ret(b.incref(b.none())); }

// A module whose body only returns None.
std::unique_ptr<Module> makeModule() {
  auto m = std::make_unique<Module>("m", "/tmp/m.py");
  Function *body = m->addFunction("<module>", "<module>", FunctionKind::Module);
  Builder b(body);
  b.setBlock(b.newBlock());
  retNone(b);
  return m;
}

::testing::AssertionResult hasError(const std::vector<std::string> &errors,
                                    const std::string &expected) {
  for (auto &e : errors)
    if (e == expected)
      return ::testing::AssertionSuccess();
  auto r = ::testing::AssertionFailure() << "no error \"" << expected << "\"; got:";
  for (auto &e : errors)
    r << "\n  " << e;
  if (errors.empty())
    r << " (none)";
  return r;
}

std::string joined(const std::vector<std::string> &errors) {
  std::string s;
  for (auto &e : errors)
    s += e + "\n";
  return s;
}

//===----------------------------------------------------------------------===//
// Building and printing
//===----------------------------------------------------------------------===//

// def f(a=2): print(a + 1, sep="x") and None or 2   (roughly)
// def g(xs): total = 0; for x in xs: total += x; return total
std::unique_ptr<Module> buildSample() {
  auto m = std::make_unique<Module>("m", "/tmp/m.py");
  Function *body = m->addFunction("<module>", "<module>", FunctionKind::Module);
  Function *f = m->addFunction("f", "f", FunctionKind::Function);
  Function *g = m->addFunction("g", "g", FunctionKind::Function);

  f->signature.params = {"a"};
  f->signature.argcount = 1;
  f->signature.numDefaults = 1;
  f->firstLine = 2;
  {
    Builder b(f);
    Value *a = f->addParam("a");
    f->addLocal("a");
    b.setBlock(b.newBlock());
    b.setLoc({3, 4, 3, 9});
    Instr *one = b.constant(intConst("1"));
    Instr *sum = b.withImm(Opcode::BinOp, static_cast<int64_t>(BinaryOp::Add), {a, one});
    Instr *print = b.named(Opcode::GlobalLoad, "print", {});
    Instr *sep = b.str("x");
    Instr *call = b.create(Opcode::Call, {print, sum, sep});
    call->names = {"sep"};
    b.decref(print);
    b.decref(sum);
    Instr *cond = b.create(Opcode::Truth, {call}, Type::boolean());
    b.decref(call);
    Block *then = b.newBlock(), *otherwise = b.newBlock(), *join = b.newBlock();
    BlockParam *result = join->addParam(Type::object());
    b.condBr(cond, then, otherwise);
    b.setBlock(then);
    b.br(join, {b.incref(b.none())});
    b.setBlock(otherwise);
    b.br(join, {b.incref(b.constant(intConst("2")))});
    b.setBlock(join);
    b.ret(result);
  }

  g->signature.params = {"xs"};
  g->signature.argcount = 1;
  g->firstLine = 5;
  {
    Builder b(g);
    Value *xs = g->addParam("xs");
    g->addLocal("xs");
    g->addLocal("total");
    b.setBlock(b.newBlock());
    Instr *it = b.create(Opcode::GetIter, {xs});
    localOp(b, Opcode::LocalStore, "total", {b.incref(b.constant(intConst("0")))});
    Block *head = b.newBlock(), *loop = b.newBlock(), *done = b.newBlock();
    BlockParam *item = loop->addParam(Type::object());
    b.br(head);
    b.setBlock(head);
    iterNext(b, it, loop, done);
    b.setBlock(loop);
    Instr *total = localOp(b, Opcode::LocalLoad, "total");
    Instr *sum = b.withImm(Opcode::InPlace, static_cast<int64_t>(BinaryOp::Add), {total, item});
    b.decref(total);
    b.decref(item);
    localOp(b, Opcode::LocalStore, "total", {sum});
    b.br(head);
    b.setBlock(done);
    b.decref(it);
    b.ret(localOp(b, Opcode::LocalLoad, "total"));
  }

  {
    Builder b(body);
    b.setBlock(b.newBlock());
    Instr *defaults = b.create(Opcode::BuildTuple, {b.incref(b.constant(intConst("2")))});
    Instr *mk = b.create(Opcode::MakeFunction, {defaults});
    mk->callee = f;
    mk->imm = 1; // defaults
    b.decref(defaults);
    b.named(Opcode::GlobalStore, "f", {mk});
    b.decref(mk);
    mk = b.create(Opcode::MakeFunction, {});
    mk->callee = g;
    b.named(Opcode::GlobalStore, "g", {mk});
    b.decref(mk);
    retNone(b);
  }
  return m;
}

TEST(IRBuild, PrintsExactText) {
  auto m = buildSample();
  const char *expected = R"(module "m" file "/tmp/m.py"

func @<module>() line 1 {
^bb0:
  %0 = const 2 : object
  %1 = incref %0 : object
  %2 = tuple %1 : object
  %3 = func.make @f defaults %2 : object
  decref %2
  global.store "f" %3
  decref %3
  %4 = func.make @g : object
  global.store "g" %4
  decref %4
  %5 = const None : object
  %6 = incref %5 : object
  ret %6
}

func @f(%0 a) defaults 1 line 2 locals [a] {
^bb0:
  %1 = const 1 : object  @3:4-3:9
  %2 = binop add %0, %1 : object  @3:4-3:9
  %3 = global.load "print" : object  @3:4-3:9
  %4 = const "x" : object  @3:4-3:9
  %5 = call kw [sep] %3, %2, %4 : object  @3:4-3:9
  decref %3  @3:4-3:9
  decref %2  @3:4-3:9
  %6 = truth %5 : bool  @3:4-3:9
  decref %5  @3:4-3:9
  condbr %6, ^bb1, ^bb2  @3:4-3:9
^bb1:
  %7 = const None : object  @3:4-3:9
  %8 = incref %7 : object  @3:4-3:9
  br ^bb3(%8)  @3:4-3:9
^bb2:
  %9 = const 2 : object  @3:4-3:9
  %10 = incref %9 : object  @3:4-3:9
  br ^bb3(%10)  @3:4-3:9
^bb3(%11: object):
  ret %11  @3:4-3:9
}

func @g(%0 xs) line 5 locals [xs, total] {
^bb0:
  %1 = iter %0 : object
  %2 = const 0 : object
  %3 = incref %2 : object
  local.store "total" %3
  br ^bb1
^bb1:
  iter.next %1, ^bb2, ^bb3
^bb2(%4: object):
  %5 = local.load "total" : object
  %6 = inplace add %5, %4 : object
  decref %5
  decref %4
  local.store "total" %6
  br ^bb1
^bb3:
  decref %1
  %7 = local.load "total" : object
  ret %7
}
)";
  EXPECT_EQ(toString(*m), expected);
  std::ostringstream os;
  printModule(*m, os);
  EXPECT_EQ(os.str(), expected);
  EXPECT_EQ(toString(*m->functions()[2]),
            std::string(expected).substr(std::string(expected).find("func @g")));
}

TEST(IRBuild, SignatureHeader) {
  Function f("h", "C.h", FunctionKind::Function);
  for (const char *p : {"a", "b", "c", "rest", "kw"}) {
    f.addParam(p);
    f.addLocal(p);
  }
  f.signature.params = {"a", "b", "c", "rest", "kw"};
  f.signature.argcount = 2;
  f.signature.posonlyargcount = 1;
  f.signature.kwonlyargcount = 1;
  f.signature.varargs = f.signature.varkw = true;
  f.signature.numDefaults = 1;
  f.signature.hasKwDefaults = true;
  f.firstLine = 7;
  Builder b(&f);
  b.setBlock(b.newBlock());
  retNone(b);
  EXPECT_EQ(toString(f), "func @C.h(%0 a, %1 b, %2 c, *%3 rest, **%4 kw) posonly 1 kwonly 1 "
                         "defaults 1 kwdefaults line 7 locals [a, b, c, rest, kw] {\n"
                         "^bb0:\n"
                         "  %5 = const None : object\n"
                         "  %6 = incref %5 : object\n"
                         "  ret %6\n"
                         "}\n");
  EXPECT_TRUE(verifyFunction(f).empty()) << joined(verifyFunction(f));
}

TEST(IRBuild, ConstantsAndOpcodeNames) {
  ConstData c;
  EXPECT_EQ(formatConst(c), "None");
  c.kind = ConstData::Kind::Str;
  c.text = "a\"b\\\n\x01";
  EXPECT_EQ(formatConst(c), "\"a\\\"b\\\\\\n\\x01\"");
  c.kind = ConstData::Kind::Bytes;
  c.text = "hi";
  EXPECT_EQ(formatConst(c), "b\"hi\"");
  c.kind = ConstData::Kind::Float;
  c.number = 0.5;
  EXPECT_EQ(formatConst(c), "float 0.5");
  EXPECT_EQ(formatConst(intConst("123456789012345678901234567890")),
            "123456789012345678901234567890");
  EXPECT_STREQ(opcodeName(Opcode::IterNext), "iter.next");
  EXPECT_STREQ(opcodeName(Opcode::MakeFunction), "func.make");
  EXPECT_STREQ(binaryOpName(BinaryOp::FloorDiv), "floordiv");
  EXPECT_STREQ(compareOpName(CompareOp::Ge), "ge");
  EXPECT_STREQ(unaryOpName(UnaryOp::Invert), "invert");
}

ConstData floatConst(double d) {
  ConstData c;
  c.kind = ConstData::Kind::Float;
  c.number = d;
  return c;
}

ConstData aggregate(ConstData::Kind kind, std::vector<ConstData> elts) {
  ConstData c;
  c.kind = kind;
  c.elts = std::move(elts);
  return c;
}

TEST(IRBuild, NestedConstantsPrint) {
  ConstData t = aggregate(ConstData::Kind::Tuple,
                          {intConst("1"), aggregate(ConstData::Kind::Tuple, {floatConst(-0.0)}),
                           aggregate(ConstData::Kind::Tuple, {})});
  EXPECT_EQ(formatConst(t), "(1, (float -0,), ())");
  ConstData s = aggregate(ConstData::Kind::FrozenSet, {intConst("0x1f"), ConstData{}});
  EXPECT_EQ(formatConst(s), "frozenset{0x1f, None}");
  ConstData z;
  z.kind = ConstData::Kind::Complex;
  z.number = 2;
  EXPECT_EQ(formatConst(z), "complex 2");
  z.real = -0.0;
  EXPECT_EQ(formatConst(z), "complex -0 2");
}

// Constants are the same constant exactly when CPython's compiler would merge them.
TEST(IRBuild, ConstantIdentity) {
  ConstData one = intConst("1"), yes, oneF = floatConst(1.0);
  yes.kind = ConstData::Kind::True;
  EXPECT_NE(one, yes);
  EXPECT_NE(one, oneF);
  EXPECT_NE(yes, oneF);
  EXPECT_EQ(floatConst(0.5), floatConst(0.5));
  EXPECT_NE(floatConst(0.0), floatConst(-0.0));
  EXPECT_NE(hashConst(floatConst(0.0)), hashConst(floatConst(-0.0)));
  ConstData nan = floatConst(std::nan(""));
  EXPECT_NE(nan, nan); // every NaN constant is an object of its own
  ConstData z1, z2;
  z1.kind = z2.kind = ConstData::Kind::Complex;
  z2.real = -0.0;
  EXPECT_NE(z1, z2);
  auto tuple = [](std::vector<ConstData> e) { return aggregate(ConstData::Kind::Tuple, e); };
  EXPECT_EQ(tuple({one, oneF}), tuple({one, oneF}));
  EXPECT_NE(tuple({one, oneF}), tuple({oneF, one}));
  EXPECT_NE(tuple({one}), tuple({yes}));
  EXPECT_NE(tuple({floatConst(0.0)}), tuple({floatConst(-0.0)}));
  EXPECT_NE(tuple({one}), aggregate(ConstData::Kind::FrozenSet, {one}));
  // Frozensets are sets of constants: the order does not matter, the types do.
  ConstData ab = aggregate(ConstData::Kind::FrozenSet, {one, oneF, yes});
  ConstData ba = aggregate(ConstData::Kind::FrozenSet, {yes, one, oneF});
  EXPECT_EQ(ab, ba);
  EXPECT_EQ(hashConst(ab), hashConst(ba));
  EXPECT_NE(ab, aggregate(ConstData::Kind::FrozenSet, {one, oneF}));
  EXPECT_NE(aggregate(ConstData::Kind::FrozenSet, {one}),
            aggregate(ConstData::Kind::FrozenSet, {oneF}));
}

TEST(IRBuild, OwnershipFlags) {
  Function f("f", "f", FunctionKind::Function);
  FuncParam *p = f.addParam("a");
  Builder b(&f);
  Block *entry = b.newBlock();
  b.setBlock(entry);
  Instr *c = b.none();
  Instr *r = b.incref(c);
  Instr *t = b.create(Opcode::Truth, {r}, Type::boolean());
  BlockParam *bp = b.newBlock()->addParam(Type::object());
  EXPECT_FALSE(p->isOwned());
  EXPECT_FALSE(c->isOwned());
  EXPECT_TRUE(r->isOwned());
  EXPECT_FALSE(t->isOwned()); // an unboxed bool
  EXPECT_TRUE(bp->isOwned());
  EXPECT_EQ(b.owned(r), r);
  Value *o = b.owned(c);
  EXPECT_NE(o, c);
  EXPECT_EQ(llvm::cast<Instr>(o)->opcode(), Opcode::IncRef);
  EXPECT_TRUE(b.isOpen());
  b.release(c); // borrowed: nothing
  b.release(o);
  b.release(r);
  EXPECT_EQ(entry->instrs().size(), 6u);
  retNone(b);
  EXPECT_FALSE(b.isOpen());
  EXPECT_TRUE(entry->terminator());
}

//===----------------------------------------------------------------------===//
// Verifier
//===----------------------------------------------------------------------===//

TEST(IRVerifier, AcceptsValidIR) {
  auto m = buildSample();
  EXPECT_TRUE(verifyModule(*m).empty()) << joined(verifyModule(*m));
  for (auto &f : m->functions())
    EXPECT_TRUE(verifyFunction(*f).empty()) << joined(verifyFunction(*f));
}

TEST(IRVerifier, ModuleWithoutBody) {
  Module m("m", "/tmp/m.py");
  EXPECT_EQ(verifyModule(m), std::vector<std::string>{"module has no body function"});
}

TEST(IRVerifier, BlockWithoutTerminator) {
  Function f("f", "f", FunctionKind::Function);
  Builder b(&f);
  b.setBlock(b.newBlock());
  b.none();
  EXPECT_EQ(verifyFunction(f),
            std::vector<std::string>{"in @f: ^bb0 does not end in a terminator"});
}

TEST(IRVerifier, TerminatorInTheMiddle) {
  Function f("f", "f", FunctionKind::Function);
  Builder b(&f);
  Block *entry = b.newBlock();
  b.setBlock(entry);
  retNone(b);
  entry->insert(0, std::make_unique<Instr>(Opcode::Unreachable, Type::object()));
  EXPECT_EQ(verifyFunction(f),
            std::vector<std::string>{"in @f: ^bb0 has a terminator in the middle"});
}

TEST(IRVerifier, BranchArgumentCount) {
  Function f("f", "f", FunctionKind::Function);
  Builder b(&f);
  b.setBlock(b.newBlock());
  Block *dest = b.newBlock();
  BlockParam *p = dest->addParam(Type::object());
  b.br(dest);
  b.setBlock(dest);
  b.ret(p);
  EXPECT_EQ(verifyFunction(f),
            std::vector<std::string>{"in @f: br in ^bb0 passes 0 arguments to ^bb1 which "
                                     "takes 1"});
}

TEST(IRVerifier, BranchArgumentType) {
  Function f("f", "f", FunctionKind::Function);
  Builder b(&f);
  b.setBlock(b.newBlock());
  Block *dest = b.newBlock();
  dest->addParam(Type::boolean());
  b.br(dest, {b.incref(b.none())});
  b.setBlock(dest);
  retNone(b);
  EXPECT_TRUE(
      hasError(verifyFunction(f), "in @f: br in ^bb0 passes a object to a bool parameter of ^bb1"));
}

TEST(IRVerifier, CondBrOnNonBool) {
  Function f("f", "f", FunctionKind::Function);
  Builder b(&f);
  b.setBlock(b.newBlock());
  Block *t = b.newBlock(), *e = b.newBlock();
  ConstData yes;
  yes.kind = ConstData::Kind::True;
  b.condBr(b.constant(yes), t, e);
  b.setBlock(t);
  retNone(b);
  b.setBlock(e);
  retNone(b);
  EXPECT_EQ(verifyFunction(f),
            std::vector<std::string>{"in @f: condbr in ^bb0 on a non-bool value"});
}

TEST(IRVerifier, ValueOfAnotherFunction) {
  Function g("g", "g", FunctionKind::Function);
  Builder bg(&g);
  bg.setBlock(bg.newBlock());
  Instr *foreign = bg.none();
  bg.ret(bg.incref(foreign));

  Function f("f", "f", FunctionKind::Function);
  Builder b(&f);
  b.setBlock(b.newBlock());
  b.ret(b.incref(foreign));
  EXPECT_EQ(
      verifyFunction(f),
      std::vector<std::string>{"in @f: incref in ^bb0 uses a value not defined in this function"});
  EXPECT_TRUE(verifyFunction(g).empty()) << joined(verifyFunction(g));
}

TEST(IRVerifier, BranchToBlockOfAnotherFunction) {
  Function g("g", "g", FunctionKind::Function);
  Block *other = g.addBlock();
  Function f("f", "f", FunctionKind::Function);
  Builder b(&f);
  b.setBlock(b.newBlock());
  b.br(other);
  EXPECT_TRUE(
      hasError(verifyFunction(f), "in @f: br in ^bb0 branches to a block of another function"));
}

TEST(IRVerifier, LeakAtReturn) {
  Function f("f", "f", FunctionKind::Function);
  Builder b(&f);
  b.setBlock(b.newBlock());
  Instr *n = b.none();
  Instr *a = b.incref(n);
  b.incref(n); // %2: never released
  b.ret(a);
  EXPECT_EQ(verifyFunction(f), std::vector<std::string>{"in @f: ret in ^bb0 leaks %2"});
}

TEST(IRVerifier, ReleasedTwice) {
  Function f("f", "f", FunctionKind::Function);
  Builder b(&f);
  b.setBlock(b.newBlock());
  Instr *x = b.named(Opcode::GlobalLoad, "x", {});
  b.decref(x);
  b.decref(x);
  retNone(b);
  EXPECT_EQ(verifyFunction(f),
            std::vector<std::string>{"in @f: %0 is used by decref after it was released, or "
                                     "before it is defined on this path"});
}

TEST(IRVerifier, UseAfterConsume) {
  Function f("f", "f", FunctionKind::Function);
  Builder b(&f);
  b.setBlock(b.newBlock());
  Instr *x = b.named(Opcode::GlobalLoad, "x", {});
  Instr *t = b.create(Opcode::BuildTuple, {x}); // steals %0
  b.decref(t);
  b.named(Opcode::AttrLoad, "real", {x});
  retNone(b);
  EXPECT_TRUE(hasError(verifyFunction(f), "in @f: %0 is used by attr.load after it was "
                                          "released, or before it is defined on this path"));
}

TEST(IRVerifier, BorrowedReferenceConsumed) {
  Function f("f", "f", FunctionKind::Function);
  Builder b(&f);
  b.setBlock(b.newBlock());
  b.decref(b.constant(intConst("1")));
  retNone(b);
  EXPECT_EQ(verifyFunction(f),
            std::vector<std::string>{"in @f: decref consumes %0, a borrowed reference"});

  // Returning (stealing) a borrowed parameter is the same mistake.
  Function g("g", "g", FunctionKind::Function);
  FuncParam *p = g.addParam("a");
  Builder bg(&g);
  bg.setBlock(bg.newBlock());
  bg.ret(p);
  EXPECT_EQ(verifyFunction(g),
            std::vector<std::string>{"in @g: ret consumes %0, a borrowed reference"});
}

TEST(IRVerifier, UnequalOwnershipAtMerge) {
  Function f("f", "f", FunctionKind::Function);
  Builder b(&f);
  b.setBlock(b.newBlock());
  Instr *x = b.named(Opcode::GlobalLoad, "x", {});
  Instr *cond = b.create(Opcode::Truth, {x}, Type::boolean());
  Block *keep = b.newBlock(), *drop = b.newBlock(), *join = b.newBlock();
  b.condBr(cond, keep, drop);
  b.setBlock(keep); // forgets to release %0
  b.br(join);
  b.setBlock(drop);
  b.decref(x);
  b.br(join);
  b.setBlock(join);
  retNone(b);
  auto errors = verifyFunction(f);
  EXPECT_TRUE(hasError(errors, "in @f: owned references differ at the entry of ^bb3 (a "
                               "reference is leaked or released on one path only)"));
}

TEST(IRVerifier, LocalLoadOfMissingSlot) {
  Function f("f", "f", FunctionKind::Function);
  f.addLocal("a");
  Builder b(&f);
  b.setBlock(b.newBlock());
  Instr *v = b.create(Opcode::LocalLoad, {});
  v->name = "b";
  v->imm = 0; // slot 0 is "a"
  b.decref(v);
  Instr *w = b.create(Opcode::LocalLoad, {});
  w->name = "a";
  w->imm = 3; // no such slot
  b.decref(w);
  retNone(b);
  auto errors = verifyFunction(f);
  EXPECT_EQ(errors.size(), 2u) << joined(errors);
  EXPECT_TRUE(hasError(
      errors, "in @f: local.load \"b\" in ^bb0 does not name a local slot of the function"));
  EXPECT_TRUE(hasError(
      errors, "in @f: local.load \"a\" in ^bb0 does not name a local slot of the function"));
}

TEST(IRVerifier, IterNextNeedsBodyParameter) {
  Function f("f", "f", FunctionKind::Function);
  FuncParam *xs = f.addParam("xs");
  Builder b(&f);
  b.setBlock(b.newBlock());
  Instr *it = b.create(Opcode::GetIter, {xs});
  Block *body = b.newBlock(), *done = b.newBlock();
  iterNext(b, it, body, done);
  b.setBlock(body);
  b.decref(it);
  retNone(b);
  b.setBlock(done);
  b.decref(it);
  retNone(b);
  EXPECT_TRUE(hasError(verifyFunction(f),
                       "in @f: iter.next in ^bb0 needs a body block with one parameter"));
}

//===----------------------------------------------------------------------===//
// Ownership
//===----------------------------------------------------------------------===//

TEST(IROwnership, CleanupOnError) {
  Function f("f", "f", FunctionKind::Function);
  Builder b(&f);
  b.setBlock(b.newBlock());
  Instr *a = b.named(Opcode::GlobalLoad, "a", {});
  Instr *bv = b.named(Opcode::GlobalLoad, "b", {});
  Instr *k = b.constant(intConst("3"));
  Instr *sum = b.withImm(Opcode::BinOp, static_cast<int64_t>(BinaryOp::Add), {a, k});
  b.decref(a);
  Instr *tup = b.create(Opcode::BuildTuple, {sum, b.incref(bv)}); // steals both
  Instr *attr = b.named(Opcode::AttrLoad, "count", {tup});
  b.decref(bv);
  b.decref(tup);
  b.ret(attr);
  ASSERT_TRUE(verifyFunction(f).empty()) << joined(verifyFunction(f));

  Ownership own(f);
  EXPECT_TRUE(own.errors().empty());
  using Set = std::vector<Value *>;
  EXPECT_EQ(own.cleanupOnError(a), Set{});
  EXPECT_EQ(own.cleanupOnError(bv), Set{a});
  // The borrowed constant never needs a release.
  EXPECT_EQ(own.cleanupOnError(sum), (Set{a, bv}));
  // tuple steals its operands even when it fails: only %1 is left.
  EXPECT_EQ(own.cleanupOnError(tup), Set{bv});
  EXPECT_EQ(own.cleanupOnError(attr), (Set{bv, tup}));
  // Instructions that cannot raise have no error path.
  EXPECT_EQ(own.cleanupOnError(k), Set{});
  EXPECT_EQ(own.cleanupOnError(f.entry()->terminator()), Set{});
}

TEST(IROwnership, CleanupInsideLoop) {
  auto m = buildSample();
  Function *g = m->functions()[2].get();
  Ownership own(*g);
  EXPECT_TRUE(own.errors().empty());
  Value *it = g->entry()->instrs()[0].get();
  Block *head = g->blocks()[1].get(), *loop = g->blocks()[2].get();
  Instr *next = head->terminator();
  ASSERT_EQ(next->opcode(), Opcode::IterNext);
  EXPECT_EQ(own.cleanupOnError(next), std::vector<Value *>{it});
  Instr *load = loop->instrs()[0].get(), *inplace = loop->instrs()[1].get();
  Value *item = loop->params()[0].get();
  EXPECT_EQ(own.cleanupOnError(load), (std::vector<Value *>{it, item}));
  EXPECT_EQ(own.cleanupOnError(inplace), (std::vector<Value *>{it, item, load}));
}

//===----------------------------------------------------------------------===//
// Pass manager
//===----------------------------------------------------------------------===//

class LoggingPass : public Pass {
public:
  LoggingPass(std::string name, std::vector<std::string> &log)
      : name_(std::move(name)), log_(log) {}
  const char *name() const override { return name_.c_str(); }
  const char *description() const override { return "logs its name"; }
  void run(Module &) override { log_.push_back(name_); }

private:
  std::string name_;
  std::vector<std::string> &log_;
};

// Adds a block without a terminator to the module body.
class BreakingPass : public Pass {
public:
  const char *name() const override { return "breaker"; }
  const char *description() const override { return "breaks the IR"; }
  void run(Module &m) override { m.body()->addBlock(); }
};

std::vector<std::string> passNames(const PassManager &pm) {
  std::vector<std::string> names;
  for (auto &p : pm.passes())
    names.push_back(p->name());
  return names;
}

// A raising instruction with an unwind edge hands its handler what the handler still uses
// and releases the rest; every path into the handler must agree.
TEST(IROwnership, UnwindEdgeHandsLiveValues) {
  using Set = std::vector<Value *>;
  Function f("f", "f", FunctionKind::Function);
  Builder b(&f);
  Block *entry = b.newBlock(), *handler = b.newBlock();
  b.setBlock(entry);
  Instr *kept = b.named(Opcode::GlobalLoad, "kept", {});
  b.setUnwind(handler);
  Instr *temp = b.named(Opcode::GlobalLoad, "temp", {});
  Instr *sum = b.create(Opcode::BinOp, {kept, temp});
  EXPECT_EQ(sum->unwind(), handler);
  b.setUnwind(nullptr);
  b.decref(temp);
  b.decref(kept);
  b.ret(sum);
  b.setBlock(handler);
  Instr *exc = b.create(Opcode::ExcFetch, {});
  b.decref(exc);
  b.decref(kept);
  retNone(b);
  EXPECT_TRUE(verifyFunction(f).empty()) << joined(verifyFunction(f));
  Ownership own(f);
  EXPECT_EQ(own.cleanupOnError(temp), Set{});      // kept goes to the handler
  EXPECT_EQ(own.cleanupOnError(sum), Set{temp});   // temp is released on the edge
  EXPECT_EQ(entry->successors(), std::vector<Block *>{handler});
}

TEST(IROwnership, UnwindEdgesMustAgree) {
  Function f("f", "f", FunctionKind::Function);
  Builder b(&f);
  Block *entry = b.newBlock(), *handler = b.newBlock();
  b.setBlock(entry);
  Instr *a = b.named(Opcode::GlobalLoad, "a", {});
  b.setUnwind(handler);
  Instr *first = b.named(Opcode::GlobalLoad, "b", {}); // hands a to the handler
  b.decref(first);
  b.decref(a); // released before the second raising site, which then hands nothing
  Instr *c = b.named(Opcode::GlobalLoad, "c", {});
  b.setUnwind(nullptr);
  b.decref(c);
  retNone(b);
  b.setBlock(handler);
  b.decref(a); // but the handler uses a: the first site hands it, the second cannot
  retNone(b);
  EXPECT_TRUE(hasError(verifyFunction(f), "in @f: owned references differ at the entry of ^bb1 "
                                          "(a reference is leaked or released on one path only)"));
}

TEST(PassManager, InsertBeforeAndAfter) {
  std::vector<std::string> log;
  PassManager pm;
  pm.add(std::make_unique<LoggingPass>("a", log));
  pm.add(std::make_unique<LoggingPass>("b", log));
  EXPECT_TRUE(pm.insertBefore("b", std::make_unique<LoggingPass>("x", log)));
  EXPECT_TRUE(pm.insertAfter("b", std::make_unique<LoggingPass>("y", log)));
  EXPECT_TRUE(pm.insertBefore("a", std::make_unique<LoggingPass>("first", log)));
  EXPECT_TRUE(pm.insertAfter("a", std::make_unique<LoggingPass>("z", log)));
  EXPECT_FALSE(pm.insertBefore("missing", std::make_unique<LoggingPass>("q", log)));
  EXPECT_FALSE(pm.insertAfter("missing", std::make_unique<LoggingPass>("q", log)));
  EXPECT_TRUE(pm.contains("x"));
  EXPECT_FALSE(pm.contains("q"));
  std::vector<std::string> order{"first", "a", "z", "x", "b", "y"};
  EXPECT_EQ(passNames(pm), order);
  auto m = makeModule();
  pm.run(*m);
  EXPECT_EQ(log, order);
}

TEST(PassManager, DefaultPipeline) {
  // -O0 only cleans up the CFG; higher levels start the same way and end with the
  // refcount peephole (other passes may sit in between).
  EXPECT_EQ(passNames(buildDefaultPipeline(0)), std::vector<std::string>{"simplify-cfg"});
  auto o1 = passNames(buildDefaultPipeline(1));
  ASSERT_GE(o1.size(), 2u);
  EXPECT_EQ(o1.front(), "simplify-cfg");
  EXPECT_EQ(o1.back(), "refcount-peephole");
  EXPECT_EQ(passNames(buildDefaultPipeline(3)), o1);
  for (int level = 0; level <= 3; ++level) {
    auto m = buildSample();
    EXPECT_NO_THROW(buildDefaultPipeline(level).run(*m)) << "-O" << level;
  }
}

TEST(PassManager, BrokenIRNamesThePass) {
  std::vector<std::string> log;
  PassManager pm;
  pm.add(std::make_unique<LoggingPass>("a", log));
  pm.add(std::make_unique<BreakingPass>());
  pm.add(std::make_unique<LoggingPass>("after", log));
  auto m = makeModule();
  try {
    pm.run(*m);
    FAIL() << "no VerifierError";
  } catch (const VerifierError &e) {
    EXPECT_EQ(std::string(e.what()), "PIR verification failed after pass 'breaker':\n"
                                     "  in @<module>: ^bb1 does not end in a terminator");
  }
  EXPECT_EQ(log, std::vector<std::string>{"a"}); // nothing runs after the failure
}

TEST(PassManager, InvalidInputIsBlamedOnLower) {
  std::vector<std::string> log;
  PassManager pm;
  pm.add(std::make_unique<LoggingPass>("a", log));
  auto m = makeModule();
  m->body()->addBlock();
  try {
    pm.run(*m);
    FAIL() << "no VerifierError";
  } catch (const VerifierError &e) {
    EXPECT_NE(std::string(e.what()).find("after pass 'lower':"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(log.empty());
}

TEST(PassManager, PrintAfter) {
  std::vector<std::string> log;
  PassManager pm;
  pm.add(std::make_unique<LoggingPass>("a", log));
  pm.add(std::make_unique<LoggingPass>("b", log));
  auto m = makeModule();
  std::string text = toString(*m);

  std::ostringstream os;
  PassRunOptions opts;
  opts.printAfter = {"b"};
  opts.printStream = &os;
  std::vector<std::string> done;
  opts.onPassDone = [&](const std::string &name, double seconds) {
    done.push_back(name);
    EXPECT_GE(seconds, 0.0);
  };
  pm.run(*m, opts);
  EXPECT_EQ(os.str(), "; PIR after b\n" + text);
  EXPECT_EQ(done, (std::vector<std::string>{"a", "b"}));

  std::ostringstream all;
  opts.printAfter = {"all"};
  opts.printStream = &all;
  pm.run(*m, opts);
  EXPECT_EQ(all.str(),
            "; PIR after lower\n" + text + "; PIR after a\n" + text + "; PIR after b\n" + text);

  std::ostringstream lower;
  opts.printAfter = {"lower", "nonexistent"};
  opts.printStream = &lower;
  pm.run(*m, opts);
  EXPECT_EQ(lower.str(), "; PIR after lower\n" + text);

  // Names without a stream print nothing (and do not crash).
  opts.printStream = nullptr;
  opts.printAfter = {"all"};
  EXPECT_NO_THROW(pm.run(*m, opts));
}

//===----------------------------------------------------------------------===//
// Passes
//===----------------------------------------------------------------------===//

void runPass(std::unique_ptr<Pass> p, Module &m) {
  PassManager pm;
  pm.add(std::move(p));
  pm.run(m); // verifies before and after
}

TEST(SimplifyCFG, RemovesUnreachableAndMergesStraightLines) {
  Module m("m", "/tmp/m.py");
  Function *f = m.addFunction("<module>", "<module>", FunctionKind::Module);
  Builder b(f);
  Block *entry = b.newBlock(), *mid = b.newBlock(), *tail = b.newBlock(), *dead = b.newBlock(),
        *dead2 = b.newBlock();
  b.setBlock(entry);
  Instr *x = b.named(Opcode::GlobalLoad, "x", {});
  b.br(mid);
  b.setBlock(mid);
  b.decref(x);
  b.br(tail);
  b.setBlock(tail);
  retNone(b);
  // Unreachable blocks, one of them a second predecessor of `tail`.
  b.setBlock(dead);
  b.br(tail);
  b.setBlock(dead2);
  b.create(Opcode::Unreachable, {});
  ASSERT_TRUE(verifyModule(m).empty()) << joined(verifyModule(m));

  runPass(createSimplifyCFGPass(), m);
  EXPECT_EQ(toString(*f), "func @<module>() line 1 {\n"
                          "^bb0:\n"
                          "  %0 = global.load \"x\" : object\n"
                          "  decref %0\n"
                          "  %1 = const None : object\n"
                          "  %2 = incref %1 : object\n"
                          "  ret %2\n"
                          "}\n");
}

TEST(SimplifyCFG, KeepsMergePointsAndBlockParams) {
  auto m = buildSample();
  std::string before = toString(*m);
  runPass(createSimplifyCFGPass(), *m);
  // f's join block has two predecessors and a parameter; g's loop head has two
  // predecessors: nothing to merge or drop.
  EXPECT_EQ(toString(*m), before);
}

TEST(RefcountPeephole, RemovesIncrefDecrefPairs) {
  Module m("m", "/tmp/m.py");
  Function *f = m.addFunction("<module>", "<module>", FunctionKind::Module);
  Builder b(f);
  b.setBlock(b.newBlock());
  b.decref(b.incref(b.constant(intConst("1")))); // cancels; the const goes with it
  b.constant(intConst("2"));                     // unused constant
  Instr *x = b.named(Opcode::GlobalLoad, "x", {});
  b.decref(b.incref(x)); // cancels
  Instr *r = b.incref(x);
  b.named(Opcode::GlobalStore, "y", {r}); // not adjacent: kept
  b.decref(r);
  b.decref(x);
  retNone(b);

  runPass(createRefcountPeepholePass(), m);
  EXPECT_EQ(toString(*f), "func @<module>() line 1 {\n"
                          "^bb0:\n"
                          "  %0 = global.load \"x\" : object\n"
                          "  %1 = incref %0 : object\n"
                          "  global.store \"y\" %1\n"
                          "  decref %1\n"
                          "  decref %0\n"
                          "  %2 = const None : object\n"
                          "  %3 = incref %2 : object\n"
                          "  ret %3\n"
                          "}\n");
}

TEST(RefcountPeephole, KeepsUnrelatedNeighbours) {
  Module m("m", "/tmp/m.py");
  Function *f = m.addFunction("<module>", "<module>", FunctionKind::Module);
  Builder b(f);
  b.setBlock(b.newBlock());
  Instr *x = b.named(Opcode::GlobalLoad, "x", {});
  Instr *r = b.incref(x);
  b.decref(x); // releases the operand, not the new reference
  b.ret(r);
  std::string before = toString(*f);
  runPass(createRefcountPeepholePass(), m);
  EXPECT_EQ(toString(*f), before);
}

} // namespace
