// pylc's own Python AST: a C++ mirror of CPython 3.11's `ast` module.
//
// Node and field names follow the `ast` module so that the grammar documentation
// (https://docs.python.org/3.11/library/ast.html) is the reference. Every node
// carries its source range; columns are 0-based UTF-8 byte offsets, as in CPython.
#pragma once

#include "frontend/SourceLoc.h"

#include "llvm/Support/Casting.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pylc::ast {

// ---------------------------------------------------------------- operators

enum class BoolOpKind { And, Or };
enum class BinOpKind {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOpKind { Invert, Not, UAdd, USub };
enum class CmpOpKind { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };
enum class ExprContext { Load, Store, Del };

const char *name(BoolOpKind op);  // "And"
const char *name(BinOpKind op);   // "Add"
const char *name(UnaryOpKind op); // "USub"
const char *name(CmpOpKind op);   // "Lt"
const char *name(ExprContext c);  // "Load"
const char *symbol(BinOpKind op); // "+"
const char *symbol(CmpOpKind op); // "<", "is not"

// ---------------------------------------------------------------- expressions

struct Expr {
  enum class Kind {
    BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp,
    DictComp, GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue,
    JoinedStr, Constant, Attribute, Subscript, Starred, Name, List, Tuple, Slice
  };
  const Kind kind;
  SourceRange loc;
  explicit Expr(Kind k) : kind(k) {}
  virtual ~Expr() = default;
};
using ExprPtr = std::unique_ptr<Expr>;
const char *name(Expr::Kind k); // the `ast` class name, e.g. "ListComp"

template <Expr::Kind K> struct ExprNode : Expr {
  static constexpr Expr::Kind kKind = K;
  ExprNode() : Expr(K) {}
  static bool classof(const Expr *e) { return e->kind == K; }
};

struct Stmt;
using StmtPtr = std::unique_ptr<Stmt>;
using StmtList = std::vector<StmtPtr>;

struct Arg {
  std::string arg;
  ExprPtr annotation; // may be null
  SourceRange loc;
};

struct Arguments {
  std::vector<Arg> posonlyargs, args;
  std::optional<Arg> vararg;
  std::vector<Arg> kwonlyargs;
  std::vector<ExprPtr> kw_defaults; // one per kwonlyarg; null where there is no default
  std::optional<Arg> kwarg;
  std::vector<ExprPtr> defaults; // for the last len(defaults) of posonlyargs + args
};

struct Keyword {
  std::optional<std::string> arg; // absent for `**mapping`
  ExprPtr value;
  SourceRange loc;
};

struct Comprehension {
  ExprPtr target, iter;
  std::vector<ExprPtr> ifs;
  bool is_async = false;
};

struct BoolOp : ExprNode<Expr::Kind::BoolOp> {
  BoolOpKind op;
  std::vector<ExprPtr> values;
};
struct NamedExpr : ExprNode<Expr::Kind::NamedExpr> {
  ExprPtr target, value;
};
struct BinOp : ExprNode<Expr::Kind::BinOp> {
  ExprPtr left;
  BinOpKind op;
  ExprPtr right;
};
struct UnaryOp : ExprNode<Expr::Kind::UnaryOp> {
  UnaryOpKind op;
  ExprPtr operand;
};
struct Lambda : ExprNode<Expr::Kind::Lambda> {
  Arguments args;
  ExprPtr body;
};
struct IfExp : ExprNode<Expr::Kind::IfExp> {
  ExprPtr test, body, orelse;
};
struct Dict : ExprNode<Expr::Kind::Dict> {
  std::vector<ExprPtr> keys; // null key: `**values[i]`
  std::vector<ExprPtr> values;
};
struct Set : ExprNode<Expr::Kind::Set> {
  std::vector<ExprPtr> elts;
};
struct ListComp : ExprNode<Expr::Kind::ListComp> {
  ExprPtr elt;
  std::vector<Comprehension> generators;
};
struct SetComp : ExprNode<Expr::Kind::SetComp> {
  ExprPtr elt;
  std::vector<Comprehension> generators;
};
struct DictComp : ExprNode<Expr::Kind::DictComp> {
  ExprPtr key, value;
  std::vector<Comprehension> generators;
};
struct GeneratorExp : ExprNode<Expr::Kind::GeneratorExp> {
  ExprPtr elt;
  std::vector<Comprehension> generators;
};
struct Await : ExprNode<Expr::Kind::Await> {
  ExprPtr value;
};
struct Yield : ExprNode<Expr::Kind::Yield> {
  ExprPtr value; // may be null
};
struct YieldFrom : ExprNode<Expr::Kind::YieldFrom> {
  ExprPtr value;
};
struct Compare : ExprNode<Expr::Kind::Compare> {
  ExprPtr left;
  std::vector<CmpOpKind> ops;
  std::vector<ExprPtr> comparators;
};
struct Call : ExprNode<Expr::Kind::Call> {
  ExprPtr func;
  std::vector<ExprPtr> args; // may contain Starred
  std::vector<Keyword> keywords;
};
struct FormattedValue : ExprNode<Expr::Kind::FormattedValue> {
  ExprPtr value;
  int conversion = -1;  // -1, 's', 'r' or 'a'
  ExprPtr format_spec;  // a JoinedStr, may be null
};
struct JoinedStr : ExprNode<Expr::Kind::JoinedStr> {
  std::vector<ExprPtr> values; // Constant(str) and FormattedValue
};

// A constant value. The parser produces the scalar kinds; constant folding (ConstFold.h)
// also produces tuples and frozensets, whose elements are constants again. The order of
// the kinds is that of ir::ConstData::Kind and of the runtime's pylc_const_kind.
struct ConstantValue {
  enum class Kind {
    None,
    True,
    False,
    Ellipsis,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    Tuple,
    FrozenSet
  };
  Kind kind = Kind::None;
  // Int: the value as intConstantText() (PyConstant.h) writes it: decimal up to
  // kMaxDecimalIntBits bits, hexadecimal "0x..." above, with an optional leading '-';
  // Str: UTF-8 (lone surrogates as their 3-byte forms); Bytes: raw bytes.
  std::string text;
  double number = 0; // Float: the value; Complex: the imaginary part
  double real = 0;   // Complex: the real part
  // Tuple: the items. FrozenSet: the distinct items (by Python equality) in source order,
  // the first of equal items kept: what frozenset(items) keeps.
  std::vector<ConstantValue> elts;

  // Ints of more bits than this are written in hexadecimal: creating them from hexadecimal
  // text is not limited by sys.int_max_str_digits, at compile time or at run time.
  static constexpr int kMaxDecimalIntBits = 1024;
};
struct Constant : ExprNode<Expr::Kind::Constant> {
  ConstantValue value;
  std::optional<std::string> kindTag; // the `u` of u"..." strings
};
struct Attribute : ExprNode<Expr::Kind::Attribute> {
  ExprPtr value;
  std::string attr;
  ExprContext ctx = ExprContext::Load;
};
struct Subscript : ExprNode<Expr::Kind::Subscript> {
  ExprPtr value, slice;
  ExprContext ctx = ExprContext::Load;
};
struct Starred : ExprNode<Expr::Kind::Starred> {
  ExprPtr value;
  ExprContext ctx = ExprContext::Load;
};
struct Name : ExprNode<Expr::Kind::Name> {
  std::string id;
  ExprContext ctx = ExprContext::Load;
};
struct List : ExprNode<Expr::Kind::List> {
  std::vector<ExprPtr> elts;
  ExprContext ctx = ExprContext::Load;
};
struct Tuple : ExprNode<Expr::Kind::Tuple> {
  std::vector<ExprPtr> elts;
  ExprContext ctx = ExprContext::Load;
};
struct Slice : ExprNode<Expr::Kind::Slice> {
  ExprPtr lower, upper, step; // each may be null
};

// ---------------------------------------------------------------- statements

struct Alias {
  std::string name;
  std::optional<std::string> asname;
  SourceRange loc;
};

struct WithItem {
  ExprPtr context_expr;
  ExprPtr optional_vars; // may be null
};

struct ExceptHandler {
  ExprPtr type; // may be null
  std::optional<std::string> name;
  StmtList body;
  SourceRange loc;
};

// ---------------------------------------------------------------- patterns (PEP 634)

struct Pattern {
  enum class Kind {
    MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs,
    MatchOr
  };
  const Kind kind;
  SourceRange loc;
  explicit Pattern(Kind k) : kind(k) {}
  virtual ~Pattern() = default;
};
using PatternPtr = std::unique_ptr<Pattern>;
const char *name(Pattern::Kind k); // the `ast` class name, e.g. "MatchClass"

template <Pattern::Kind K> struct PatternNode : Pattern {
  static constexpr Pattern::Kind kKind = K;
  PatternNode() : Pattern(K) {}
  static bool classof(const Pattern *p) { return p->kind == K; }
};

// `case 1`, `case -1.5`, `case 1+2j`, `case "s"`, `case a.b` (after constant folding the
// value is a Constant or an Attribute; the parser also lets f-strings through).
struct MatchValue : PatternNode<Pattern::Kind::MatchValue> {
  ExprPtr value;
};
// `case None`, `case True`, `case False`: compared by identity.
struct MatchSingleton : PatternNode<Pattern::Kind::MatchSingleton> {
  ConstantValue value; // None, True or False
};
// `case [a, *rest]`, `case (a, b)`, `case a, b`.
struct MatchSequence : PatternNode<Pattern::Kind::MatchSequence> {
  std::vector<PatternPtr> patterns; // at most one MatchStar (checked by the compiler)
};
// `case {"k": v, **rest}`.
struct MatchMapping : PatternNode<Pattern::Kind::MatchMapping> {
  std::vector<ExprPtr> keys; // one per pattern
  std::vector<PatternPtr> patterns;
  std::optional<std::string> rest;
};
// `case Point(x, y=0)`.
struct MatchClass : PatternNode<Pattern::Kind::MatchClass> {
  ExprPtr cls;
  std::vector<PatternPtr> patterns; // positional
  std::vector<std::string> kwd_attrs;
  std::vector<PatternPtr> kwd_patterns; // one per kwd_attr
};
// `*rest` or `*_` (name absent) inside a sequence pattern.
struct MatchStar : PatternNode<Pattern::Kind::MatchStar> {
  std::optional<std::string> name;
};
// `case x` (no pattern), `case _` (neither), `case [a] as x`.
struct MatchAs : PatternNode<Pattern::Kind::MatchAs> {
  PatternPtr pattern; // may be null
  std::optional<std::string> name;
};
// `case 1 | 2 | [x]`.
struct MatchOr : PatternNode<Pattern::Kind::MatchOr> {
  std::vector<PatternPtr> patterns;
};

struct MatchCase {
  PatternPtr pattern;
  ExprPtr guard; // may be null
  StmtList body;
};

struct Stmt {
  enum class Kind {
    FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign,
    For, AsyncFor, While, If, With, AsyncWith, Match, Raise, Try, TryStar, Assert, Import,
    ImportFrom, Global, Nonlocal, Expr, Pass, Break, Continue
  };
  const Kind kind;
  SourceRange loc;
  explicit Stmt(Kind k) : kind(k) {}
  virtual ~Stmt() = default;
};
const char *name(Stmt::Kind k); // the `ast` class name, e.g. "AsyncFunctionDef"

template <Stmt::Kind K> struct StmtNode : Stmt {
  static constexpr Stmt::Kind kKind = K;
  StmtNode() : Stmt(K) {}
  static bool classof(const Stmt *s) { return s->kind == K; }
};

// FunctionDef and AsyncFunctionDef share one layout.
struct FunctionDefBase : Stmt {
  std::string name;
  Arguments args;
  StmtList body;
  std::vector<ExprPtr> decorator_list;
  ExprPtr returns; // may be null
  using Stmt::Stmt;
  static bool classof(const Stmt *s) {
    return s->kind == Kind::FunctionDef || s->kind == Kind::AsyncFunctionDef;
  }
};
struct FunctionDef : FunctionDefBase {
  FunctionDef() : FunctionDefBase(Kind::FunctionDef) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::FunctionDef; }
};
struct AsyncFunctionDef : FunctionDefBase {
  AsyncFunctionDef() : FunctionDefBase(Kind::AsyncFunctionDef) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::AsyncFunctionDef; }
};
struct ClassDef : StmtNode<Stmt::Kind::ClassDef> {
  std::string name;
  std::vector<ExprPtr> bases;
  std::vector<Keyword> keywords;
  StmtList body;
  std::vector<ExprPtr> decorator_list;
};
struct Return : StmtNode<Stmt::Kind::Return> {
  ExprPtr value; // may be null
};
struct Delete : StmtNode<Stmt::Kind::Delete> {
  std::vector<ExprPtr> targets;
};
struct Assign : StmtNode<Stmt::Kind::Assign> {
  std::vector<ExprPtr> targets;
  ExprPtr value;
};
struct AugAssign : StmtNode<Stmt::Kind::AugAssign> {
  ExprPtr target;
  BinOpKind op;
  ExprPtr value;
};
struct AnnAssign : StmtNode<Stmt::Kind::AnnAssign> {
  ExprPtr target, annotation, value; // value may be null
  bool simple = false;
};
// For and AsyncFor share one layout.
struct ForBase : Stmt {
  ExprPtr target, iter;
  StmtList body, orelse;
  using Stmt::Stmt;
  static bool classof(const Stmt *s) {
    return s->kind == Kind::For || s->kind == Kind::AsyncFor;
  }
};
struct For : ForBase {
  For() : ForBase(Kind::For) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::For; }
};
struct AsyncFor : ForBase {
  AsyncFor() : ForBase(Kind::AsyncFor) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::AsyncFor; }
};
struct While : StmtNode<Stmt::Kind::While> {
  ExprPtr test;
  StmtList body, orelse;
};
struct If : StmtNode<Stmt::Kind::If> {
  ExprPtr test;
  StmtList body, orelse;
};
// With and AsyncWith share one layout.
struct WithBase : Stmt {
  std::vector<WithItem> items;
  StmtList body;
  using Stmt::Stmt;
  static bool classof(const Stmt *s) {
    return s->kind == Kind::With || s->kind == Kind::AsyncWith;
  }
};
struct With : WithBase {
  With() : WithBase(Kind::With) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::With; }
};
struct AsyncWith : WithBase {
  AsyncWith() : WithBase(Kind::AsyncWith) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::AsyncWith; }
};
struct Match : StmtNode<Stmt::Kind::Match> {
  ExprPtr subject;
  std::vector<MatchCase> cases;
};
struct Raise : StmtNode<Stmt::Kind::Raise> {
  ExprPtr exc, cause; // each may be null
};
// Try and TryStar share one layout.
struct TryBase : Stmt {
  StmtList body;
  std::vector<ExceptHandler> handlers;
  StmtList orelse, finalbody;
  using Stmt::Stmt;
  static bool classof(const Stmt *s) {
    return s->kind == Kind::Try || s->kind == Kind::TryStar;
  }
};
struct Try : TryBase {
  Try() : TryBase(Kind::Try) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::Try; }
};
struct TryStar : TryBase {
  TryStar() : TryBase(Kind::TryStar) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::TryStar; }
};
struct Assert : StmtNode<Stmt::Kind::Assert> {
  ExprPtr test, msg; // msg may be null
};
struct Import : StmtNode<Stmt::Kind::Import> {
  std::vector<Alias> names;
};
struct ImportFrom : StmtNode<Stmt::Kind::ImportFrom> {
  std::optional<std::string> module;
  std::vector<Alias> names;
  int level = 0;
};
struct Global : StmtNode<Stmt::Kind::Global> {
  std::vector<std::string> names;
};
struct Nonlocal : StmtNode<Stmt::Kind::Nonlocal> {
  std::vector<std::string> names;
};
struct ExprStmt : StmtNode<Stmt::Kind::Expr> {
  ExprPtr value;
};
struct Pass : StmtNode<Stmt::Kind::Pass> {};
struct Break : StmtNode<Stmt::Kind::Break> {};
struct Continue : StmtNode<Stmt::Kind::Continue> {};

// A parsed source file.
struct Module {
  std::string path; // absolute
  StmtList body;
};

// Calls `fn` on every statement list nested in `s` (bodies of compound statements and of functions
// and classes).
template <typename Fn> void forEachBody(const Stmt &s, Fn fn) {
  switch (s.kind) {
  case Stmt::Kind::FunctionDef:
  case Stmt::Kind::AsyncFunctionDef:
    fn(llvm::cast<FunctionDefBase>(s).body);
    break;
  case Stmt::Kind::ClassDef:
    fn(llvm::cast<ClassDef>(s).body);
    break;
  case Stmt::Kind::If:
    fn(llvm::cast<If>(s).body), fn(llvm::cast<If>(s).orelse);
    break;
  case Stmt::Kind::While:
    fn(llvm::cast<While>(s).body), fn(llvm::cast<While>(s).orelse);
    break;
  case Stmt::Kind::For:
  case Stmt::Kind::AsyncFor:
    fn(llvm::cast<ForBase>(s).body), fn(llvm::cast<ForBase>(s).orelse);
    break;
  case Stmt::Kind::With:
  case Stmt::Kind::AsyncWith:
    fn(llvm::cast<WithBase>(s).body);
    break;
  case Stmt::Kind::Try:
  case Stmt::Kind::TryStar: {
    auto &t = llvm::cast<TryBase>(s);
    fn(t.body);
    for (auto &h : t.handlers)
      fn(h.body);
    fn(t.orelse), fn(t.finalbody);
    break;
  }
  case Stmt::Kind::Match:
    for (auto &c : llvm::cast<Match>(s).cases)
      fn(c.body);
    break;
  default:
    break;
  }
}

} // namespace pylc::ast
