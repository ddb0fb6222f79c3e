// Unit tests of the frontend: CPython's parser converted into pylc's AST, diagnostics,
// source loading and the AST printer.
#include <Python.h>

#include "frontend/AST.h"
#include "frontend/ASTPrinter.h"
#include "frontend/ConstFold.h"
#include "frontend/Diagnostics.h"
#include "frontend/Parser.h"
#include "frontend/Source.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace pylc;
using namespace pylc::ast;

namespace {

class FrontendTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    if (!Py_IsInitialized())
      Py_InitializeEx(0);
  }

  static std::unique_ptr<Module> parse(const std::string &src) {
    return parseModule(src, "/tmp/pylc-test/t.py");
  }

  // The CompileError a parse of `src` throws (fails the test if none).
  static CompileError parseError(const std::string &src) {
    try {
      parse(src);
    } catch (const CompileError &e) {
      return e;
    }
    ADD_FAILURE() << "no error for: " << src;
    return CompileError("", {}, "");
  }

  static std::string dump(const std::string &src) {
    std::ostringstream os;
    printAST(*parse(src), os);
    return os.str();
  }

  // The dump of `src` after constant folding.
  static std::string folded(const std::string &src) {
    auto m = parse(src);
    foldConstants(*m);
    EXPECT_FALSE(PyErr_Occurred());
    std::ostringstream os;
    printAST(*m, os);
    return os.str();
  }
};

// Checked downcast for tests: fails the test (and returns null) on a kind mismatch.
template <class T, class B> const T *as(const std::unique_ptr<B> &p) {
  if (!p) {
    ADD_FAILURE() << "null node";
    return nullptr;
  }
  if (!T::classof(p.get())) {
    ADD_FAILURE() << "unexpected node kind " << name(p->kind);
    return nullptr;
  }
  return static_cast<const T *>(p.get());
}

SourceRange range(int l, int c, int el, int ec) {
  SourceRange r;
  r.line = l, r.col = c, r.endLine = el, r.endCol = ec;
  return r;
}

void expectRange(const SourceRange &r, int l, int c, int el, int ec) {
  EXPECT_EQ(r.line, l);
  EXPECT_EQ(r.col, c);
  EXPECT_EQ(r.endLine, el);
  EXPECT_EQ(r.endCol, ec);
}

const ConstantValue &constantOf(const Module &m, size_t stmt) {
  const auto *assign = static_cast<const Assign *>(m.body.at(stmt).get());
  return static_cast<const Constant *>(assign->value.get())->value;
}

// ------------------------------------------------------------------ conversion

TEST_F(FrontendTest, BroadProgram) {
  const char *src = R"(import os.path as p
from . import a
@dec
async def f(a, /, b=1, *c, d, e=2, **g) -> int:
    global h
    async for i in x: await i
    async with m as n: yield
    return [y for y in z if y]
class C(B, metaclass=M):
    x: int = 3
    def m(self): nonlocal q
try:
    pass
except E as e:
    raise X from e
else:
    del a[1:2], b.c
finally:
    assert t, "m"
try:
    pass
except* E:
    pass
while (w := 1): break
else: continue
for k, *v in d.items(): pass
with a, b as c: pass
if a: pass
elif b: pass
x += 1
match s:
    case [1, *r] if r: pass
print(*a, **k, sep=lambda q: q if q else -q, end={1: 2, **e})
{1, 2}; {k: v for k, v in d}; {s for s in t}; (g for g in h); f"{x!r:>{w}}"
a < b <= c is not d not in e
)";
  auto m = parse(src);
  ASSERT_EQ(m->path, "/tmp/pylc-test/t.py");
  std::vector<Stmt::Kind> kinds;
  for (auto &s : m->body)
    kinds.push_back(s->kind);
  using K = Stmt::Kind;
  std::vector<Stmt::Kind> expected = {K::Import,   K::ImportFrom, K::AsyncFunctionDef,
                                      K::ClassDef, K::Try,        K::TryStar,
                                      K::While,    K::For,        K::With,
                                      K::If,       K::AugAssign,  K::Match,
                                      K::Expr,     K::Expr,       K::Expr,
                                      K::Expr,     K::Expr,       K::Expr,
                                      K::Expr};
  ASSERT_EQ(kinds, expected);

  auto *imp = as<Import>(m->body[0]);
  ASSERT_TRUE(imp);
  EXPECT_EQ(imp->names[0].name, "os.path");
  EXPECT_EQ(imp->names[0].asname.value_or(""), "p");
  auto *from = as<ImportFrom>(m->body[1]);
  EXPECT_EQ(from->level, 1);
  EXPECT_FALSE(from->module);

  auto *f = as<AsyncFunctionDef>(m->body[2]);
  ASSERT_TRUE(f);
  EXPECT_EQ(f->name, "f");
  EXPECT_EQ(f->decorator_list.size(), 1u);
  EXPECT_EQ(f->args.posonlyargs.size(), 1u);
  EXPECT_EQ(f->args.args.size(), 1u);
  ASSERT_TRUE(f->args.vararg);
  EXPECT_EQ(f->args.vararg->arg, "c");
  ASSERT_EQ(f->args.kwonlyargs.size(), 2u);
  ASSERT_EQ(f->args.kw_defaults.size(), 2u);
  EXPECT_FALSE(f->args.kw_defaults[0]);
  EXPECT_TRUE(f->args.kw_defaults[1]);
  ASSERT_TRUE(f->args.kwarg);
  EXPECT_EQ(f->args.kwarg->arg, "g");
  EXPECT_EQ(f->args.defaults.size(), 1u);
  EXPECT_TRUE(as<Name>(f->returns));
  ASSERT_EQ(f->body.size(), 4u);
  EXPECT_EQ(f->body[0]->kind, K::Global);
  EXPECT_EQ(f->body[1]->kind, K::AsyncFor);
  EXPECT_EQ(f->body[2]->kind, K::AsyncWith);
  auto *ret = as<Return>(f->body[3]);
  auto *lc = as<ListComp>(ret->value);
  ASSERT_TRUE(lc);
  ASSERT_EQ(lc->generators.size(), 1u);
  EXPECT_EQ(lc->generators[0].ifs.size(), 1u);

  auto *cls = as<ClassDef>(m->body[3]);
  EXPECT_EQ(cls->bases.size(), 1u);
  ASSERT_EQ(cls->keywords.size(), 1u);
  EXPECT_EQ(cls->keywords[0].arg.value_or(""), "metaclass");
  auto *ann = as<AnnAssign>(cls->body[0]);
  EXPECT_TRUE(ann->simple);
  EXPECT_EQ(cls->body[1]->kind, K::FunctionDef);

  auto *t = as<Try>(m->body[4]);
  ASSERT_EQ(t->handlers.size(), 1u);
  EXPECT_EQ(t->handlers[0].name.value_or(""), "e");
  EXPECT_EQ(t->orelse.size(), 1u);
  EXPECT_EQ(t->finalbody.size(), 1u);
  auto *del = as<Delete>(t->orelse[0]);
  ASSERT_EQ(del->targets.size(), 2u);
  auto *sub = as<Subscript>(del->targets[0]);
  EXPECT_EQ(sub->ctx, ExprContext::Del);
  EXPECT_TRUE(as<Slice>(sub->slice));

  auto *w = as<While>(m->body[6]);
  EXPECT_TRUE(as<NamedExpr>(w->test));
  EXPECT_EQ(w->orelse[0]->kind, K::Continue);

  auto *loop = as<For>(m->body[7]);
  auto *target = as<Tuple>(loop->target);
  ASSERT_TRUE(target);
  EXPECT_EQ(target->ctx, ExprContext::Store);
  EXPECT_TRUE(as<Starred>(target->elts[1]));

  auto *with = as<With>(m->body[8]);
  ASSERT_EQ(with->items.size(), 2u);
  EXPECT_FALSE(with->items[0].optional_vars);
  EXPECT_TRUE(with->items[1].optional_vars);

  auto *ifs = as<If>(m->body[9]);
  ASSERT_EQ(ifs->orelse.size(), 1u);
  EXPECT_EQ(ifs->orelse[0]->kind, K::If);

  EXPECT_EQ(as<AugAssign>(m->body[10])->op, BinOpKind::Add);

  auto *match = as<Match>(m->body[11]);
  ASSERT_EQ(match->cases.size(), 1u);
  ASSERT_TRUE(match->cases[0].pattern);
  expectRange(match->cases[0].pattern->loc, 32, 9, 32, 16);
  EXPECT_TRUE(match->cases[0].guard);
  auto *seq = as<MatchSequence>(match->cases[0].pattern);
  ASSERT_TRUE(seq);
  ASSERT_EQ(seq->patterns.size(), 2u);
  auto *one = as<MatchValue>(seq->patterns[0]);
  ASSERT_TRUE(one);
  EXPECT_TRUE(as<Constant>(one->value));
  auto *star = as<MatchStar>(seq->patterns[1]);
  ASSERT_TRUE(star);
  EXPECT_EQ(star->name.value_or(""), "r");
  expectRange(star->loc, 32, 13, 32, 15);

  auto *call = as<Call>(as<ExprStmt>(m->body[12])->value);
  ASSERT_TRUE(call);
  EXPECT_TRUE(as<Starred>(call->args[0]));
  ASSERT_EQ(call->keywords.size(), 3u);
  EXPECT_FALSE(call->keywords[0].arg);
  EXPECT_TRUE(as<Lambda>(call->keywords[1].value));
  auto *dict = as<Dict>(call->keywords[2].value);
  ASSERT_EQ(dict->keys.size(), 2u);
  EXPECT_FALSE(dict->keys[1]); // `**e`

  EXPECT_TRUE(as<ast::Set>(as<ExprStmt>(m->body[13])->value));
  EXPECT_TRUE(as<DictComp>(as<ExprStmt>(m->body[14])->value));
  EXPECT_TRUE(as<SetComp>(as<ExprStmt>(m->body[15])->value));
  EXPECT_TRUE(as<GeneratorExp>(as<ExprStmt>(m->body[16])->value));
  auto *js = as<JoinedStr>(as<ExprStmt>(m->body[17])->value);
  auto *fv = as<FormattedValue>(js->values[0]);
  EXPECT_EQ(fv->conversion, 'r');
  EXPECT_TRUE(as<JoinedStr>(fv->format_spec));

  auto *cmp = as<Compare>(as<ExprStmt>(m->body[18])->value);
  std::vector<CmpOpKind> ops = {CmpOpKind::Lt, CmpOpKind::LtE, CmpOpKind::IsNot, CmpOpKind::NotIn};
  EXPECT_EQ(cmp->ops, ops);
  EXPECT_EQ(cmp->comparators.size(), 4u);
}

TEST_F(FrontendTest, Locations) {
  auto m = parse("x = 1\nif x:\n    y = f(a, b=2)\n");
  expectRange(m->body[0]->loc, 1, 0, 1, 5);
  auto *ifs = as<If>(m->body[1]);
  expectRange(ifs->loc, 2, 0, 3, 17);
  expectRange(ifs->test->loc, 2, 3, 2, 4);
  auto *assign = as<Assign>(ifs->body[0]);
  expectRange(assign->loc, 3, 4, 3, 17);
  auto *call = as<Call>(assign->value);
  expectRange(call->loc, 3, 8, 3, 17);
  expectRange(call->args[0]->loc, 3, 10, 3, 11);
  expectRange(call->keywords[0].loc, 3, 13, 3, 16);

  // Columns are UTF-8 byte offsets, as in CPython.
  auto u = parse("s = 'é' + t\n");
  auto *bin = as<BinOp>(as<Assign>(u->body[0])->value);
  expectRange(bin->left->loc, 1, 4, 1, 8);
  expectRange(bin->right->loc, 1, 11, 1, 12);
}

TEST_F(FrontendTest, Constants) {
  auto m = parse("a = 12345678901234567890123456789\n"
                 "b = 'héllo ✓'\n"
                 "c = b'\\x00\\xffab'\n"
                 "d = 2.5j\n"
                 "e = 1.5\n"
                 "f = True\ng = False\nh = None\ni = ...\n"
                 "j = u'x'\n"
                 "k = '\\ud800'\n");
  using K = ConstantValue::Kind;
  EXPECT_EQ(constantOf(*m, 0).kind, K::Int);
  EXPECT_EQ(constantOf(*m, 0).text, "12345678901234567890123456789");
  EXPECT_EQ(constantOf(*m, 1).kind, K::Str);
  EXPECT_EQ(constantOf(*m, 1).text, "h\xc3\xa9llo \xe2\x9c\x93");
  EXPECT_EQ(constantOf(*m, 2).kind, K::Bytes);
  EXPECT_EQ(constantOf(*m, 2).text, std::string("\0\xff"
                                                "ab",
                                                4));
  EXPECT_EQ(constantOf(*m, 3).kind, K::Complex);
  EXPECT_EQ(constantOf(*m, 3).number, 2.5);
  EXPECT_EQ(constantOf(*m, 4).kind, K::Float);
  EXPECT_EQ(constantOf(*m, 4).number, 1.5);
  EXPECT_EQ(constantOf(*m, 5).kind, K::True);
  EXPECT_EQ(constantOf(*m, 6).kind, K::False);
  EXPECT_EQ(constantOf(*m, 7).kind, K::None);
  EXPECT_EQ(constantOf(*m, 8).kind, K::Ellipsis);
  auto *j = static_cast<const Constant *>(as<Assign>(m->body[9])->value.get());
  EXPECT_EQ(j->kindTag.value_or(""), "u");
  // A lone surrogate survives as its 3-byte (surrogatepass) form.
  EXPECT_EQ(constantOf(*m, 10).text, "\xed\xa0\x80");
}

TEST_F(FrontendTest, HugeIntegerPastStrDigitLimit) {
  // 2**24000 - 1 has 7225 decimal digits, more than sys.int_max_str_digits (4300) allows:
  // ints above ConstantValue::kMaxDecimalIntBits are kept in hexadecimal, whose conversion
  // has no limit; smaller ones in decimal.
  auto m = parse("x = 0x" + std::string(6000, 'f') + "\ny = 0xff\nz = 0x" + std::string(256, 'f') +
                 "\nw = 0x1" + std::string(256, '0') + "\n");
  const ConstantValue &x = constantOf(*m, 0);
  EXPECT_EQ(x.kind, ConstantValue::Kind::Int);
  EXPECT_EQ(x.text, "0x" + std::string(6000, 'f'));
  EXPECT_EQ(constantOf(*m, 1).text, "255");
  // 2**1024 - 1 (1024 bits) and 2**1024.
  EXPECT_EQ(constantOf(*m, 2).text.substr(0, 6), "179769");
  EXPECT_EQ(constantOf(*m, 3).text, "0x1" + std::string(256, '0'));
  EXPECT_FALSE(PyErr_Occurred());
}

TEST_F(FrontendTest, EncodingCookie) {
  auto m = parse("# -*- coding: latin-1 -*-\ns = '\xe9t\xe9'\n");
  EXPECT_EQ(constantOf(*m, 0).text, "\xc3\xa9t\xc3\xa9");
  auto bom = parse("\xef\xbb\xbfx = 1\n");
  expectRange(bom->body[0]->loc, 1, 0, 1, 5);
  EXPECT_EQ(parseError("# coding: nonesuch\nx = 1\n").what(),
            std::string("encoding problem: nonesuch"));
}

// ------------------------------------------------------------------ constant folding

// Whether `text` contains `part`, with `text` in the failure message.
#define EXPECT_HAS(text, part) EXPECT_NE((text).find(part), std::string::npos) << (text)
#define EXPECT_HASNT(text, part) EXPECT_EQ((text).find(part), std::string::npos) << (text)

TEST_F(FrontendTest, FoldsArithmeticWithinLimits) {
  std::string d = folded("a = 2**40 + 7\nb = 2**65\nc = 1 << 127\nd = 1 << 128\n"
                         "e = 'ab' * 2048\nf = 'ab' * 2049\ng = (1,) * 256\nh = (1,) * 257\n"
                         "i = 1 / 0\nj = -0.0\nk = ~5\nl = not ()\nm = 1 + 2j\n");
  EXPECT_HAS(d, "value: Constant int=1099511627783 @1:4-1:13");
  EXPECT_HAS(d, "value: BinOp op=Pow @2:4-2:9"); // 2 bits * 65 > 128
  EXPECT_HAS(d, "value: Constant int=" + std::string("170141183460469231731687303715884105728"));
  EXPECT_HAS(d, "value: BinOp op=LShift @4:4-4:12");
  EXPECT_HAS(d, "value: BinOp op=Mult @6:4-6:15"); // 4098 characters
  EXPECT_HAS(d, "value: Constant tuple=(int=1, int=1");
  EXPECT_HAS(d, "value: BinOp op=Mult @8:4-8:14"); // 257 items
  EXPECT_HAS(d, "value: BinOp op=Div @9:4-9:9");   // ZeroDivisionError: left as it is
  EXPECT_HAS(d, "value: Constant float=-0.0 @10:4-10:8");
  EXPECT_HAS(d, "value: Constant int=-6");
  EXPECT_HAS(d, "value: Constant True @12:4-12:10");
  EXPECT_HAS(d, "value: Constant complex=(1.0+2.0j)");
}

TEST_F(FrontendTest, FoldsDisplaysAndTests) {
  std::string d = folded("t = (1, (2.0, 'x'), b'y')\nfor v in [1, 2]: pass\n"
                         "for v in [a, b]: pass\nfor v in {1, 1.0, True, 2}: pass\n"
                         "x in [1, *y]\nx in {1, 2} in {3}\ns = {1, 2, 3}\n"
                         "not (a is b)\nnot (a < b)\nprint(__debug__)\n(1, 2)[0]\n");
  EXPECT_HAS(d, "value: Constant tuple=(int=1, tuple=(float=2.0, str=\"x\"), bytes=b\"y\")");
  EXPECT_HAS(d, "iter: Constant tuple=(int=1, int=2) @2:9-2:15");
  EXPECT_HAS(d, "iter: Tuple ctx=Load @3:9-3:15");
  EXPECT_HAS(d, "iter: Constant frozenset={int=1, int=2} @4:9-4:26");
  EXPECT_HAS(d, "List ctx=Load @5:5-5:12"); // a starred list stays a list
  EXPECT_HAS(d, "Set @6:5-6:11");           // only the last `in` is folded
  EXPECT_HAS(d, "Constant frozenset={int=3} @6:15-6:18");
  EXPECT_HAS(d, "value: Set @7:4-7:13"); // a display: the code generator's business
  EXPECT_HAS(d, "Compare ops=[IsNot] @8:5-8:11");
  EXPECT_HAS(d, "UnaryOp op=Not @9:0-9:11");
  EXPECT_HAS(d, "Constant True @10:6-10:15");
  EXPECT_HAS(d, "value: Constant int=1 @11:0-11:9");
}

TEST_F(FrontendTest, FoldsPercentFormatAndGuardsDocstrings) {
  std::string d = folded("'a' + 'b'\ndef f():\n    'doc'\n    x = '%s-%5r' % (a, b)\n"
                         "    y = '%d' % (a,)\n");
  EXPECT_HAS(d, "Expr @1:0-1:9\n    value: JoinedStr @1:0-1:9\n      values:\n"
                "        Constant str=\"ab\" @1:0-1:9");
  EXPECT_HAS(d, "Expr @3:4-3:9\n        value: Constant str=\"doc\"");
  EXPECT_HAS(d, "value: JoinedStr @4:8-4:25");
  EXPECT_HAS(d, "FormattedValue conversion=s @4:20-4:21");
  EXPECT_HAS(d, "FormattedValue conversion=r @4:23-4:24");
  EXPECT_HAS(d, "format_spec: Constant str=\">5\"");
  EXPECT_HAS(d, "value: BinOp op=Mod @5:8-5:19"); // %d is not an f-string conversion
}

TEST_F(FrontendTest, FutureAnnotationsAreNotFolded) {
  std::string d = folded("x: 1 + 1 = 2 * 2\n");
  EXPECT_HAS(d, "annotation: Constant int=2");
  d = folded("'doc'\nfrom __future__ import annotations\nx: 1 + 1 = 2 * 2\n");
  // PEP 563: the annotation is the string of its source, not folded.
  EXPECT_HAS(d, "annotation: Constant str=\"1 + 1\"");
  EXPECT_HAS(d, "value: Constant int=4");
}

TEST_F(FrontendTest, FrozenSetConstantKeepsFirstOfEqualItems) {
  ConstantValue one, oneF, yes, two;
  one.kind = two.kind = ConstantValue::Kind::Int;
  one.text = "1";
  two.text = "2";
  oneF.kind = ConstantValue::Kind::Float;
  oneF.number = 1.0;
  yes.kind = ConstantValue::Kind::True;
  ConstantValue s = frozenSetConstant({&oneF, &two, &one, &yes, &two});
  ASSERT_EQ(s.kind, ConstantValue::Kind::FrozenSet);
  ASSERT_EQ(s.elts.size(), 2u);
  EXPECT_EQ(s.elts[0].kind, ConstantValue::Kind::Float);
  EXPECT_EQ(s.elts[1].text, "2");
  EXPECT_FALSE(PyErr_Occurred());
}

// ------------------------------------------------------------------ errors

struct SyntaxCase {
  const char *source;
  int line, col; // col: 0-based UTF-8 bytes
  const char *message;
};

TEST_F(FrontendTest, SyntaxErrors) {
  const SyntaxCase cases[] = {
      {"if x\n    pass\n", 1, 4, "expected ':'"},
      {"x = (1,\n", 1, 4, "'(' was never closed"},
      {"s = \"abc\n", 1, 4, "unterminated string literal (detected at line 1)"},
      {"if x:\n", 1, 5, "expected an indented block after 'if' statement on line 1"},
      {"x = 1\n  y = 2\n", 2, 1, "unexpected indent"},
      {"if 1:\n\tx = 1\n        y = 2\n", 3, 0,
       "inconsistent use of tabs and spaces in indentation"},
      {"def f(:\n  pass\n", 1, 6, "invalid syntax"},
      {"print 'hi'\n", 1, 0, "Missing parentheses in call to 'print'. Did you mean print(...)?"},
      {"x = 0x\n", 1, 5, "invalid hexadecimal literal"},
      // Non-ASCII before the error: CPython counts characters, we count bytes.
      {"\xc3\xa9 = = 1\n", 1, 5, "invalid syntax"},
      {"s = '日本' + = 2\n", 1, 15, "invalid syntax"},
  };
  for (const SyntaxCase &c : cases) {
    CompileError e = parseError(c.source);
    EXPECT_EQ(std::string(e.what()), c.message) << c.source;
    EXPECT_EQ(e.loc().line, c.line) << c.source;
    EXPECT_EQ(e.loc().col, c.col) << c.source;
    EXPECT_EQ(e.file(), "/tmp/pylc-test/t.py");
    EXPECT_FALSE(PyErr_Occurred());
  }
}

// CPython names only the line of a decimal literal over sys.int_max_str_digits; pylc
// points at the literal, not at digits in strings, names or other kinds of numbers.
TEST_F(FrontendTest, HugeDecimalLiteralIsLocated) {
  std::string digits(4301, '9');
  std::string prefix = "x = ['" + digits + "', x" + digits + ", 0x" + digits + ", 1." + digits +
                       ", " + digits + "j, ";
  CompileError e = parseError("pass\n" + prefix + digits + "]  # " + digits + "\n");
  EXPECT_EQ(std::string(e.what()).rfind("Exceeds the limit (4300 digits)", 0), 0u) << e.what();
  expectRange(e.loc(), 2, (int)prefix.size(), 2, (int)(prefix.size() + digits.size()));
}

TEST_F(FrontendTest, NullBytes) {
  CompileError e = parseError(std::string("x = 1\ny = 2\0\n", 13));
  EXPECT_EQ(std::string(e.what()), "source code string cannot contain null bytes");
  EXPECT_EQ(e.loc().line, 2);
  EXPECT_EQ(e.loc().col, 5);
}

TEST_F(FrontendTest, NestingLimitsAreErrorsNotCrashes) {
  EXPECT_EQ(std::string(parseError(std::string(300, '(') + std::string(300, ')')).what()),
            "too many nested parentheses");
  std::string deep = parseError(std::string(5000, '-') + "1\n").what();
  EXPECT_NE(deep.find("recursion"), std::string::npos) << deep;
  std::string deeper = parseError(std::string(100000, '-') + "1\n").what();
  EXPECT_FALSE(deeper.empty());
  EXPECT_FALSE(PyErr_Occurred());
  // With the interpreter's recursion limit raised, deep nesting still never crashes: it
  // either converts or is one clean error.
  int limit = Py_GetRecursionLimit();
  Py_SetRecursionLimit(20000);
  try {
    parse("x = " + std::string(4500, '-') + "1\n");
  } catch (const CompileError &e) {
    EXPECT_FALSE(std::string(e.what()).empty());
  }
  Py_SetRecursionLimit(limit);
  EXPECT_FALSE(PyErr_Occurred());
  // Deep but allowed nesting converts fine.
  auto m = parse("x = " + std::string(500, '-') + "1\n");
  EXPECT_EQ(m->body.size(), 1u);
}

TEST_F(FrontendTest, InvalidUTF8IsAnError) {
  CompileError e = parseError("x = 1\ny = '\xff'\n");
  EXPECT_EQ(std::string(e.what()), "source is not valid UTF-8");
  EXPECT_EQ(e.loc().line, 2);
  EXPECT_EQ(e.loc().col, 5);
}

TEST_F(FrontendTest, LeavesNoTrace) {
  PyGILState_STATE gil = PyGILState_Ensure();
  PyObject *modules = PyImport_GetModuleDict();
  Py_ssize_t before = PyDict_Size(modules);
  PyGILState_Release(gil);

  parse("import json\nx = '\\d'\n"); // an invalid escape warns (DeprecationWarning)
  parseError("x = = 1\n");
  parseError(std::string(5000, '-') + "1\n");
  parseError("# coding: latin-1\n\xef\xbb\xbf");

  gil = PyGILState_Ensure();
  EXPECT_EQ(PyDict_Size(modules), before);
  EXPECT_EQ(PyDict_GetItemString(modules, "json"), nullptr);
  EXPECT_FALSE(PyErr_Occurred());
  PyGILState_Release(gil);
}

// ------------------------------------------------------------------ printer

TEST_F(FrontendTest, PrinterFormat) {
  EXPECT_EQ(dump("x = 1 + 'a\\n'\n"), "Module path=/tmp/pylc-test/t.py\n"
                                      "  Assign @1:0-1:13\n"
                                      "    targets:\n"
                                      "      Name id=x ctx=Store @1:0-1:1\n"
                                      "    value: BinOp op=Add @1:4-1:13\n"
                                      "      left: Constant int=1 @1:4-1:5\n"
                                      "      right: Constant str=\"a\\n\" @1:8-1:13\n");
  EXPECT_EQ(dump("def f(a, *, b=1): return\n"), "Module path=/tmp/pylc-test/t.py\n"
                                                "  FunctionDef name=f @1:0-1:24\n"
                                                "    args: arguments\n"
                                                "      args:\n"
                                                "        arg arg=a @1:6-1:7\n"
                                                "      kwonlyargs:\n"
                                                "        arg arg=b @1:12-1:13\n"
                                                "      kw_defaults:\n"
                                                "        Constant int=1 @1:14-1:15\n"
                                                "    body:\n"
                                                "      Return @1:18-1:24\n");
  EXPECT_NE(dump("b'\\x00\\xff\"'\n").find("Constant bytes=b\"\\x00\\xff\\\"\""),
            std::string::npos);
}

TEST_F(FrontendTest, FormatFloatIsPythonRepr) {
  EXPECT_EQ(formatFloat(1.0), "1.0");
  EXPECT_EQ(formatFloat(0.1), "0.1");
  EXPECT_EQ(formatFloat(1e16), "1e+16");
  EXPECT_EQ(formatFloat(1e15), "1000000000000000.0");
  EXPECT_EQ(formatFloat(1e-5), "1e-05");
  EXPECT_EQ(formatFloat(0.0001), "0.0001");
  EXPECT_EQ(formatFloat(123456789012345678.0), "1.2345678901234568e+17");
  EXPECT_EQ(formatFloat(-2.5), "-2.5");
  EXPECT_EQ(formatFloat(5e-324), "5e-324");
  EXPECT_EQ(formatFloat(1.0 / 0.0), "inf");
}

TEST(ASTNames, OperatorsAndKinds) {
  EXPECT_STREQ(name(BinOpKind::FloorDiv), "FloorDiv");
  EXPECT_STREQ(symbol(BinOpKind::FloorDiv), "//");
  EXPECT_STREQ(symbol(CmpOpKind::IsNot), "is not");
  EXPECT_STREQ(name(CmpOpKind::NotIn), "NotIn");
  EXPECT_STREQ(name(UnaryOpKind::USub), "USub");
  EXPECT_STREQ(name(BoolOpKind::Or), "Or");
  EXPECT_STREQ(name(ExprContext::Del), "Del");
  EXPECT_STREQ(name(Expr::Kind::GeneratorExp), "GeneratorExp");
  EXPECT_STREQ(name(Stmt::Kind::Expr), "Expr");
  EXPECT_STREQ(name(Stmt::Kind::TryStar), "TryStar");
}

// ------------------------------------------------------------------ diagnostics

TEST(Diagnostics, FormatError) {
  EXPECT_EQ(formatError("a.py", range(3, 6, 3, 7), "expected ':'", "if x y"),
            "a.py:3:7: error: expected ':'\nif x y\n      ^\n");
  // Tabs stay tabs in the padding; multi-byte characters count once.
  EXPECT_EQ(formatError("a.py", range(1, 6, 1, 7), "m", "\t\xc3\xa9 = $"),
            "a.py:1:6: error: m\n\t\xc3\xa9 = $\n\t    ^\n");
  // A column at the end of the line puts the caret just past it.
  EXPECT_EQ(formatError("a.py", range(1, 5, 1, 5), "m", "if x:"),
            "a.py:1:6: error: m\nif x:\n     ^\n");
  EXPECT_EQ(formatError("a.py", range(2, 0, 2, 0), "m", ""), "a.py:2:1: error: m\n");
  EXPECT_EQ(formatError("a.py", {}, "no such file or directory", ""),
            "a.py: error: no such file or directory\n");
  EXPECT_EQ(formatError("", {}, "bad option", ""), "pylc: error: bad option\n");
}

std::string writeTemp(const std::string &name, const std::string &content) {
  std::string path = ::testing::TempDir() + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

TEST(Diagnostics, FormatCompileErrorReadsTheLine) {
  std::string path = writeTemp("pylc-diag.py", "x = 1\r\nif x y:\r\n");
  CompileError e(path, range(2, 5, 2, 6), "invalid syntax");
  EXPECT_EQ(formatCompileError(e), path + ":2:6: error: invalid syntax\nif x y:\n     ^\n");
  EXPECT_EQ(readSourceLine(path, 3), "");
  EXPECT_EQ(readSourceLine(path + ".missing", 1), "");
  // Lines of files in another declared encoding are shown in UTF-8.
  std::string latin = writeTemp("pylc-latin.py", "# coding: latin-1\ns = '\xe9' $\n");
  EXPECT_EQ(readSourceLine(latin, 2), "s = '\xc3\xa9' $");
  std::remove(path.c_str());
  std::remove(latin.c_str());
}

// ------------------------------------------------------------------ source files

std::string loadError(const std::string &path) {
  try {
    loadSource(path);
  } catch (const CompileError &e) {
    EXPECT_EQ(e.file(), path);
    EXPECT_FALSE(e.loc().valid());
    return e.what();
  }
  return "(no error)";
}

TEST(Source, LoadSource) {
  std::string ok = writeTemp("pylc-ok.py", "x = '\xc3\xa9'\n");
  EXPECT_EQ(loadSource(ok), "x = '\xc3\xa9'\n");
  EXPECT_EQ(loadError(::testing::TempDir() + "pylc-nonexistent.py"), "no such file or directory");
  EXPECT_EQ(loadError(""), "no such file or directory");
  EXPECT_EQ(loadError(::testing::TempDir()), "is a directory");
  EXPECT_EQ(loadError(ok + "/x.py"), "not a directory");
  std::string bad = writeTemp("pylc-bad.py", "x = '\xff'\n");
  EXPECT_EQ(loadError(bad), "source is not valid UTF-8");
  std::string latin = writeTemp("pylc-latin1.py", "# coding: latin-1\nx = '\xff'\n");
  EXPECT_EQ(loadSource(latin).size(), 26u);
  if (::geteuid() != 0) { // root reads anything
    ::chmod(ok.c_str(), 0);
    EXPECT_EQ(loadError(ok), "permission denied");
  }
  std::remove(ok.c_str());
  std::remove(bad.c_str());
  std::remove(latin.c_str());
}

TEST(Source, ValidUTF8) {
  size_t at = 0;
  EXPECT_TRUE(isValidUTF8("ascii \xc3\xa9 \xe2\x9c\x93 \xf0\x9f\x98\x80"));
  EXPECT_FALSE(isValidUTF8("ab\xc0\xaf", &at)); // overlong
  EXPECT_EQ(at, 2u);
  EXPECT_FALSE(isValidUTF8("\xed\xa0\x80"));     // surrogate
  EXPECT_FALSE(isValidUTF8("\xf4\x90\x80\x80")); // past U+10FFFF
  EXPECT_FALSE(isValidUTF8("\xe2\x9c"));         // truncated
}

TEST(Source, DeclaredEncoding) {
  EXPECT_EQ(declaredEncoding("# -*- coding: latin-1 -*-\n"), "iso-8859-1");
  EXPECT_EQ(declaredEncoding("#!/usr/bin/env python\n# vim: set fileencoding=UTF_8 :\n"), "utf-8");
  EXPECT_EQ(declaredEncoding("x = 1\n# coding: latin-1\n"), "");
  EXPECT_EQ(declaredEncoding("x = 1  # coding: latin-1\n"), "");
  EXPECT_EQ(declaredEncoding("# coding=cp1252\n"), "cp1252");
}

TEST(Source, AbsolutePath) {
  char cwd[4096];
  ASSERT_TRUE(::getcwd(cwd, sizeof cwd));
  EXPECT_EQ(absolutePath("/a/b/../c/./d.py"), "/a/c/d.py");
  EXPECT_EQ(absolutePath("/a//b/"), "/a/b");
  EXPECT_EQ(absolutePath("/../x"), "/x");
  EXPECT_EQ(absolutePath("//net/x"), "//net/x");
  EXPECT_EQ(absolutePath("///x"), "/x");
  EXPECT_EQ(absolutePath("/"), "/");
  EXPECT_EQ(absolutePath("x.py"), std::string(cwd) + "/x.py");
  EXPECT_EQ(absolutePath("./sub/../x.py"), std::string(cwd) + "/x.py");
}

} // namespace
