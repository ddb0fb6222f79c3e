// Names of AST node kinds and operators, as the `ast` module spells them.
#include "frontend/AST.h"

namespace pylc::ast {

const char *name(BoolOpKind op) { return op == BoolOpKind::And ? "And" : "Or"; }

const char *name(BinOpKind op) {
  switch (op) {
  case BinOpKind::Add:
    return "Add";
  case BinOpKind::Sub:
    return "Sub";
  case BinOpKind::Mult:
    return "Mult";
  case BinOpKind::MatMult:
    return "MatMult";
  case BinOpKind::Div:
    return "Div";
  case BinOpKind::Mod:
    return "Mod";
  case BinOpKind::Pow:
    return "Pow";
  case BinOpKind::LShift:
    return "LShift";
  case BinOpKind::RShift:
    return "RShift";
  case BinOpKind::BitOr:
    return "BitOr";
  case BinOpKind::BitXor:
    return "BitXor";
  case BinOpKind::BitAnd:
    return "BitAnd";
  case BinOpKind::FloorDiv:
    return "FloorDiv";
  }
  return "?";
}

const char *name(UnaryOpKind op) {
  switch (op) {
  case UnaryOpKind::Invert:
    return "Invert";
  case UnaryOpKind::Not:
    return "Not";
  case UnaryOpKind::UAdd:
    return "UAdd";
  case UnaryOpKind::USub:
    return "USub";
  }
  return "?";
}

const char *name(CmpOpKind op) {
  switch (op) {
  case CmpOpKind::Eq:
    return "Eq";
  case CmpOpKind::NotEq:
    return "NotEq";
  case CmpOpKind::Lt:
    return "Lt";
  case CmpOpKind::LtE:
    return "LtE";
  case CmpOpKind::Gt:
    return "Gt";
  case CmpOpKind::GtE:
    return "GtE";
  case CmpOpKind::Is:
    return "Is";
  case CmpOpKind::IsNot:
    return "IsNot";
  case CmpOpKind::In:
    return "In";
  case CmpOpKind::NotIn:
    return "NotIn";
  }
  return "?";
}

const char *name(ExprContext c) {
  switch (c) {
  case ExprContext::Load:
    return "Load";
  case ExprContext::Store:
    return "Store";
  case ExprContext::Del:
    return "Del";
  }
  return "?";
}

const char *symbol(BinOpKind op) {
  switch (op) {
  case BinOpKind::Add:
    return "+";
  case BinOpKind::Sub:
    return "-";
  case BinOpKind::Mult:
    return "*";
  case BinOpKind::MatMult:
    return "@";
  case BinOpKind::Div:
    return "/";
  case BinOpKind::Mod:
    return "%";
  case BinOpKind::Pow:
    return "**";
  case BinOpKind::LShift:
    return "<<";
  case BinOpKind::RShift:
    return ">>";
  case BinOpKind::BitOr:
    return "|";
  case BinOpKind::BitXor:
    return "^";
  case BinOpKind::BitAnd:
    return "&";
  case BinOpKind::FloorDiv:
    return "//";
  }
  return "?";
}

const char *symbol(CmpOpKind op) {
  switch (op) {
  case CmpOpKind::Eq:
    return "==";
  case CmpOpKind::NotEq:
    return "!=";
  case CmpOpKind::Lt:
    return "<";
  case CmpOpKind::LtE:
    return "<=";
  case CmpOpKind::Gt:
    return ">";
  case CmpOpKind::GtE:
    return ">=";
  case CmpOpKind::Is:
    return "is";
  case CmpOpKind::IsNot:
    return "is not";
  case CmpOpKind::In:
    return "in";
  case CmpOpKind::NotIn:
    return "not in";
  }
  return "?";
}

const char *name(Expr::Kind k) {
  using K = Expr::Kind;
  switch (k) {
  case K::BoolOp:
    return "BoolOp";
  case K::NamedExpr:
    return "NamedExpr";
  case K::BinOp:
    return "BinOp";
  case K::UnaryOp:
    return "UnaryOp";
  case K::Lambda:
    return "Lambda";
  case K::IfExp:
    return "IfExp";
  case K::Dict:
    return "Dict";
  case K::Set:
    return "Set";
  case K::ListComp:
    return "ListComp";
  case K::SetComp:
    return "SetComp";
  case K::DictComp:
    return "DictComp";
  case K::GeneratorExp:
    return "GeneratorExp";
  case K::Await:
    return "Await";
  case K::Yield:
    return "Yield";
  case K::YieldFrom:
    return "YieldFrom";
  case K::Compare:
    return "Compare";
  case K::Call:
    return "Call";
  case K::FormattedValue:
    return "FormattedValue";
  case K::JoinedStr:
    return "JoinedStr";
  case K::Constant:
    return "Constant";
  case K::Attribute:
    return "Attribute";
  case K::Subscript:
    return "Subscript";
  case K::Starred:
    return "Starred";
  case K::Name:
    return "Name";
  case K::List:
    return "List";
  case K::Tuple:
    return "Tuple";
  case K::Slice:
    return "Slice";
  }
  return "?";
}

const char *name(Stmt::Kind k) {
  using K = Stmt::Kind;
  switch (k) {
  case K::FunctionDef:
    return "FunctionDef";
  case K::AsyncFunctionDef:
    return "AsyncFunctionDef";
  case K::ClassDef:
    return "ClassDef";
  case K::Return:
    return "Return";
  case K::Delete:
    return "Delete";
  case K::Assign:
    return "Assign";
  case K::AugAssign:
    return "AugAssign";
  case K::AnnAssign:
    return "AnnAssign";
  case K::For:
    return "For";
  case K::AsyncFor:
    return "AsyncFor";
  case K::While:
    return "While";
  case K::If:
    return "If";
  case K::With:
    return "With";
  case K::AsyncWith:
    return "AsyncWith";
  case K::Match:
    return "Match";
  case K::Raise:
    return "Raise";
  case K::Try:
    return "Try";
  case K::TryStar:
    return "TryStar";
  case K::Assert:
    return "Assert";
  case K::Import:
    return "Import";
  case K::ImportFrom:
    return "ImportFrom";
  case K::Global:
    return "Global";
  case K::Nonlocal:
    return "Nonlocal";
  case K::Expr:
    return "Expr";
  case K::Pass:
    return "Pass";
  case K::Break:
    return "Break";
  case K::Continue:
    return "Continue";
  }
  return "?";
}

const char *name(Pattern::Kind k) {
  using K = Pattern::Kind;
  switch (k) {
  case K::MatchValue:
    return "MatchValue";
  case K::MatchSingleton:
    return "MatchSingleton";
  case K::MatchSequence:
    return "MatchSequence";
  case K::MatchMapping:
    return "MatchMapping";
  case K::MatchClass:
    return "MatchClass";
  case K::MatchStar:
    return "MatchStar";
  case K::MatchAs:
    return "MatchAs";
  case K::MatchOr:
    return "MatchOr";
  }
  return "?";
}

} // namespace pylc::ast
