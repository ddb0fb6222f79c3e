// The AST dump. See ASTPrinter.h for the format.
#include "frontend/ASTPrinter.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace pylc {

using namespace ast;

std::string formatFloat(double value) {
  if (std::isnan(value))
    return "nan";
  if (std::isinf(value))
    return value < 0 ? "-inf" : "inf";
  // Shortest round-trip digits, then laid out as Python's repr does: positional for
  // exponents in [-4, 16), scientific with a two-digit exponent otherwise.
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
  std::string sci(buf, res.ptr);
  bool negative = sci[0] == '-';
  if (negative)
    sci.erase(0, 1);
  size_t e = sci.find('e');
  int exp = std::atoi(sci.c_str() + e + 1);
  std::string digits;
  for (size_t i = 0; i < e; ++i)
    if (sci[i] != '.')
      digits += sci[i];

  std::string out;
  if (exp >= -4 && exp < 16) {
    if (exp < 0) {
      out = "0." + std::string(-exp - 1, '0') + digits;
    } else if ((int)digits.size() <= exp + 1) {
      out = digits + std::string(exp + 1 - digits.size(), '0') + ".0";
    } else {
      out = digits.substr(0, exp + 1) + "." + digits.substr(exp + 1);
    }
  } else {
    out = digits.substr(0, 1);
    if (digits.size() > 1)
      out += "." + digits.substr(1);
    char expText[16];
    std::snprintf(expText, sizeof expText, "e%c%02d", exp < 0 ? '-' : '+', std::abs(exp));
    out += expText;
  }
  return negative ? "-" + out : out;
}

namespace {

// Double-quoted, with quotes, backslashes and control bytes escaped. Bytes >= 0x80 are kept
// for str (so UTF-8 text stays readable) and escaped for bytes.
std::string quote(const std::string &text, bool escapeHigh) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    case '\t':
      out += "\\t";
      break;
    default:
      if (c < 0x20 || c == 0x7f || (escapeHigh && c >= 0x80)) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "\\x%02x", c);
        out += hex;
      } else {
        out += (char)c;
      }
    }
  }
  return out + "\"";
}

std::string locText(const SourceRange &r) {
  if (!r.valid())
    return "";
  return " @" + std::to_string(r.line) + ":" + std::to_string(r.col) + "-" +
         std::to_string(r.endLine) + ":" + std::to_string(r.endCol);
}

// `kind=value`, e.g. `int=1`, `str="a"`, `tuple=(int=1, float=2.0)`, `frozenset={int=1}`.
std::string valueText(const ConstantValue &v) {
  auto items = [&](const char *open, const char *close) {
    std::string out = open;
    for (size_t i = 0; i < v.elts.size(); ++i)
      out += (i ? ", " : "") + valueText(v.elts[i]);
    return out + close;
  };
  switch (v.kind) {
  case ConstantValue::Kind::None:
    return "None";
  case ConstantValue::Kind::True:
    return "True";
  case ConstantValue::Kind::False:
    return "False";
  case ConstantValue::Kind::Ellipsis:
    return "Ellipsis";
  case ConstantValue::Kind::Int:
    return "int=" + v.text;
  case ConstantValue::Kind::Float:
    return "float=" + formatFloat(v.number);
  case ConstantValue::Kind::Complex:
    // As Python's repr: `2.0j` with a real part of +0.0, `(1.0+2.0j)` otherwise.
    if (v.real == 0 && !std::signbit(v.real))
      return "complex=" + formatFloat(v.number) + "j";
    return "complex=(" + formatFloat(v.real) +
           (std::signbit(v.number) || std::isnan(v.number) ? "" : "+") + formatFloat(v.number) +
           "j)";
  case ConstantValue::Kind::Str:
    return "str=" + quote(v.text, false);
  case ConstantValue::Kind::Bytes:
    return "bytes=b" + quote(v.text, true);
  case ConstantValue::Kind::Tuple:
    return items("tuple=(", v.elts.size() == 1 ? ",)" : ")");
  case ConstantValue::Kind::FrozenSet:
    return items("frozenset={", "}");
  }
  return "?";
}

std::string constantText(const Constant &c) {
  std::string out = valueText(c.value);
  if (c.kindTag)
    out += " kind=" + *c.kindTag;
  return out;
}

template <class T, class F> std::string joined(const std::vector<T> &items, F text) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i)
    out += (i ? ", " : "") + std::string(text(items[i]));
  return out + "]";
}

class Printer {
public:
  explicit Printer(std::ostream &os) : os_(os) {}

  void module(const Module &m) {
    os_ << "Module path=" << m.path << "\n";
    for (const StmtPtr &s : m.body)
      stmt(s.get(), 1, nullptr);
  }

private:
  std::ostream &os_;

  // Starts a line at `depth` with an optional `label: ` prefix; the caller finishes it.
  std::ostream &start(int depth, const char *label) {
    os_ << std::string(2 * depth, ' ');
    if (label)
      os_ << label << ": ";
    return os_;
  }

  void listLabel(int depth, const char *label) { start(depth, nullptr) << label << ":\n"; }

  void expr(const Expr *e, int depth, const char *label) {
    if (!e)
      return;
    start(depth, label) << name(e->kind) << exprFields(e) << locText(e->loc) << "\n";
    exprChildren(e, depth + 1);
  }

  // A list of expressions; null elements show as `<null>` so positions stay visible.
  void exprs(const std::vector<ExprPtr> &list, int depth, const char *label) {
    if (list.empty())
      return;
    listLabel(depth, label);
    for (const ExprPtr &e : list) {
      if (e)
        expr(e.get(), depth + 1, nullptr);
      else
        start(depth + 1, nullptr) << "<null>\n";
    }
  }

  void stmts(const StmtList &list, int depth, const char *label) {
    if (list.empty())
      return;
    listLabel(depth, label);
    for (const StmtPtr &s : list)
      stmt(s.get(), depth + 1, nullptr);
  }

  static std::string exprFields(const Expr *e) {
    using K = Expr::Kind;
    switch (e->kind) {
    case K::BoolOp:
      return std::string(" op=") + name(static_cast<const BoolOp *>(e)->op);
    case K::BinOp:
      return std::string(" op=") + name(static_cast<const BinOp *>(e)->op);
    case K::UnaryOp:
      return std::string(" op=") + name(static_cast<const UnaryOp *>(e)->op);
    case K::Compare:
      return " ops=" +
             joined(static_cast<const Compare *>(e)->ops, [](CmpOpKind op) { return name(op); });
    case K::FormattedValue: {
      int conv = static_cast<const FormattedValue *>(e)->conversion;
      return conv < 0 ? "" : std::string(" conversion=") + (char)conv;
    }
    case K::Constant:
      return " " + constantText(*static_cast<const Constant *>(e));
    case K::Attribute: {
      auto *a = static_cast<const Attribute *>(e);
      return " attr=" + a->attr + " ctx=" + name(a->ctx);
    }
    case K::Subscript:
      return std::string(" ctx=") + name(static_cast<const Subscript *>(e)->ctx);
    case K::Starred:
      return std::string(" ctx=") + name(static_cast<const Starred *>(e)->ctx);
    case K::Name: {
      auto *n = static_cast<const Name *>(e);
      return " id=" + n->id + " ctx=" + name(n->ctx);
    }
    case K::List:
      return std::string(" ctx=") + name(static_cast<const ast::List *>(e)->ctx);
    case K::Tuple:
      return std::string(" ctx=") + name(static_cast<const Tuple *>(e)->ctx);
    default:
      return "";
    }
  }

  void exprChildren(const Expr *e, int d) {
    using K = Expr::Kind;
    switch (e->kind) {
    case K::BoolOp:
      return exprs(static_cast<const BoolOp *>(e)->values, d, "values");
    case K::NamedExpr: {
      auto *x = static_cast<const NamedExpr *>(e);
      expr(x->target.get(), d, "target");
      return expr(x->value.get(), d, "value");
    }
    case K::BinOp: {
      auto *x = static_cast<const BinOp *>(e);
      expr(x->left.get(), d, "left");
      return expr(x->right.get(), d, "right");
    }
    case K::UnaryOp:
      return expr(static_cast<const UnaryOp *>(e)->operand.get(), d, "operand");
    case K::Lambda: {
      auto *x = static_cast<const Lambda *>(e);
      arguments(x->args, d);
      return expr(x->body.get(), d, "body");
    }
    case K::IfExp: {
      auto *x = static_cast<const IfExp *>(e);
      expr(x->test.get(), d, "test");
      expr(x->body.get(), d, "body");
      return expr(x->orelse.get(), d, "orelse");
    }
    case K::Dict: {
      auto *x = static_cast<const Dict *>(e);
      exprs(x->keys, d, "keys");
      return exprs(x->values, d, "values");
    }
    case K::Set:
      return exprs(static_cast<const ast::Set *>(e)->elts, d, "elts");
    case K::ListComp: {
      auto *x = static_cast<const ListComp *>(e);
      expr(x->elt.get(), d, "elt");
      return comprehensions(x->generators, d);
    }
    case K::SetComp: {
      auto *x = static_cast<const SetComp *>(e);
      expr(x->elt.get(), d, "elt");
      return comprehensions(x->generators, d);
    }
    case K::DictComp: {
      auto *x = static_cast<const DictComp *>(e);
      expr(x->key.get(), d, "key");
      expr(x->value.get(), d, "value");
      return comprehensions(x->generators, d);
    }
    case K::GeneratorExp: {
      auto *x = static_cast<const GeneratorExp *>(e);
      expr(x->elt.get(), d, "elt");
      return comprehensions(x->generators, d);
    }
    case K::Await:
      return expr(static_cast<const Await *>(e)->value.get(), d, "value");
    case K::Yield:
      return expr(static_cast<const Yield *>(e)->value.get(), d, "value");
    case K::YieldFrom:
      return expr(static_cast<const YieldFrom *>(e)->value.get(), d, "value");
    case K::Compare: {
      auto *x = static_cast<const Compare *>(e);
      expr(x->left.get(), d, "left");
      return exprs(x->comparators, d, "comparators");
    }
    case K::Call: {
      auto *x = static_cast<const Call *>(e);
      expr(x->func.get(), d, "func");
      exprs(x->args, d, "args");
      return keywords(x->keywords, d);
    }
    case K::FormattedValue: {
      auto *x = static_cast<const FormattedValue *>(e);
      expr(x->value.get(), d, "value");
      return expr(x->format_spec.get(), d, "format_spec");
    }
    case K::JoinedStr:
      return exprs(static_cast<const JoinedStr *>(e)->values, d, "values");
    case K::Constant:
      return;
    case K::Attribute:
      return expr(static_cast<const Attribute *>(e)->value.get(), d, "value");
    case K::Subscript: {
      auto *x = static_cast<const Subscript *>(e);
      expr(x->value.get(), d, "value");
      return expr(x->slice.get(), d, "slice");
    }
    case K::Starred:
      return expr(static_cast<const Starred *>(e)->value.get(), d, "value");
    case K::Name:
      return;
    case K::List:
      return exprs(static_cast<const ast::List *>(e)->elts, d, "elts");
    case K::Tuple:
      return exprs(static_cast<const Tuple *>(e)->elts, d, "elts");
    case K::Slice: {
      auto *x = static_cast<const Slice *>(e);
      expr(x->lower.get(), d, "lower");
      expr(x->upper.get(), d, "upper");
      return expr(x->step.get(), d, "step");
    }
    }
  }

  void pattern(const Pattern *p, int depth, const char *label) {
    if (!p)
      return;
    start(depth, label) << name(p->kind) << patternFields(p) << locText(p->loc) << "\n";
    patternChildren(p, depth + 1);
  }

  void patterns(const std::vector<PatternPtr> &list, int depth, const char *label) {
    if (list.empty())
      return;
    listLabel(depth, label);
    for (const PatternPtr &p : list)
      pattern(p.get(), depth + 1, nullptr);
  }

  static std::string patternFields(const Pattern *p) {
    using K = Pattern::Kind;
    switch (p->kind) {
    case K::MatchSingleton:
      return " " + valueText(static_cast<const MatchSingleton *>(p)->value);
    case K::MatchMapping: {
      auto *m = static_cast<const MatchMapping *>(p);
      return m->rest ? " rest=" + *m->rest : "";
    }
    case K::MatchClass: {
      auto *c = static_cast<const MatchClass *>(p);
      if (c->kwd_attrs.empty())
        return "";
      return " kwd_attrs=" + joined(c->kwd_attrs, [](const std::string &n) { return n; });
    }
    case K::MatchStar: {
      auto *m = static_cast<const MatchStar *>(p);
      return m->name ? " name=" + *m->name : "";
    }
    case K::MatchAs: {
      auto *m = static_cast<const MatchAs *>(p);
      return m->name ? " name=" + *m->name : "";
    }
    default:
      return "";
    }
  }

  void patternChildren(const Pattern *p, int d) {
    using K = Pattern::Kind;
    switch (p->kind) {
    case K::MatchValue:
      return expr(static_cast<const MatchValue *>(p)->value.get(), d, "value");
    case K::MatchSingleton:
    case K::MatchStar:
      return;
    case K::MatchSequence:
      return patterns(static_cast<const MatchSequence *>(p)->patterns, d, "patterns");
    case K::MatchMapping: {
      auto *m = static_cast<const MatchMapping *>(p);
      exprs(m->keys, d, "keys");
      return patterns(m->patterns, d, "patterns");
    }
    case K::MatchClass: {
      auto *c = static_cast<const MatchClass *>(p);
      expr(c->cls.get(), d, "cls");
      patterns(c->patterns, d, "patterns");
      return patterns(c->kwd_patterns, d, "kwd_patterns");
    }
    case K::MatchAs:
      return pattern(static_cast<const MatchAs *>(p)->pattern.get(), d, "pattern");
    case K::MatchOr:
      return patterns(static_cast<const MatchOr *>(p)->patterns, d, "patterns");
    }
  }

  void arg(const Arg &a, int depth, const char *label) {
    start(depth, label) << "arg arg=" << a.arg << locText(a.loc) << "\n";
    expr(a.annotation.get(), depth + 1, "annotation");
  }

  void args(const std::vector<Arg> &list, int depth, const char *label) {
    if (list.empty())
      return;
    listLabel(depth, label);
    for (const Arg &a : list)
      arg(a, depth + 1, nullptr);
  }

  void arguments(const Arguments &a, int d) {
    if (a.posonlyargs.empty() && a.args.empty() && !a.vararg && a.kwonlyargs.empty() && !a.kwarg &&
        a.defaults.empty())
      return;
    start(d, "args") << "arguments\n";
    args(a.posonlyargs, d + 1, "posonlyargs");
    args(a.args, d + 1, "args");
    if (a.vararg)
      arg(*a.vararg, d + 1, "vararg");
    args(a.kwonlyargs, d + 1, "kwonlyargs");
    exprs(a.kw_defaults, d + 1, "kw_defaults");
    if (a.kwarg)
      arg(*a.kwarg, d + 1, "kwarg");
    exprs(a.defaults, d + 1, "defaults");
  }

  void keywords(const std::vector<Keyword> &list, int d) {
    if (list.empty())
      return;
    listLabel(d, "keywords");
    for (const Keyword &k : list) {
      start(d + 1, nullptr) << "keyword";
      if (k.arg)
        os_ << " arg=" << *k.arg;
      os_ << locText(k.loc) << "\n";
      expr(k.value.get(), d + 2, "value");
    }
  }

  void comprehensions(const std::vector<Comprehension> &list, int d) {
    if (list.empty())
      return;
    listLabel(d, "generators");
    for (const Comprehension &c : list) {
      start(d + 1, nullptr) << "comprehension" << (c.is_async ? " is_async=1" : "") << "\n";
      expr(c.target.get(), d + 2, "target");
      expr(c.iter.get(), d + 2, "iter");
      exprs(c.ifs, d + 2, "ifs");
    }
  }

  void aliases(const std::vector<Alias> &list, int d) {
    listLabel(d, "names");
    for (const Alias &a : list) {
      start(d + 1, nullptr) << "alias name=" << a.name;
      if (a.asname)
        os_ << " asname=" << *a.asname;
      os_ << locText(a.loc) << "\n";
    }
  }

  static std::string stmtFields(const Stmt *s) {
    using K = Stmt::Kind;
    switch (s->kind) {
    case K::FunctionDef:
    case K::AsyncFunctionDef:
      return " name=" + static_cast<const FunctionDefBase *>(s)->name;
    case K::ClassDef:
      return " name=" + static_cast<const ClassDef *>(s)->name;
    case K::AugAssign:
      return std::string(" op=") + name(static_cast<const AugAssign *>(s)->op);
    case K::AnnAssign:
      return static_cast<const AnnAssign *>(s)->simple ? " simple=1" : " simple=0";
    case K::ImportFrom: {
      auto *x = static_cast<const ImportFrom *>(s);
      return (x->module ? " module=" + *x->module : "") + " level=" + std::to_string(x->level);
    }
    case K::Global:
      return " names=" +
             joined(static_cast<const Global *>(s)->names, [](const std::string &n) { return n; });
    case K::Nonlocal:
      return " names=" + joined(static_cast<const Nonlocal *>(s)->names,
                                [](const std::string &n) { return n; });
    default:
      return "";
    }
  }

  void stmt(const Stmt *s, int depth, const char *label) {
    start(depth, label) << name(s->kind) << stmtFields(s) << locText(s->loc) << "\n";
    stmtChildren(s, depth + 1);
  }

  void stmtChildren(const Stmt *s, int d) {
    using K = Stmt::Kind;
    switch (s->kind) {
    case K::FunctionDef:
    case K::AsyncFunctionDef: {
      auto *x = static_cast<const FunctionDefBase *>(s);
      exprs(x->decorator_list, d, "decorator_list");
      arguments(x->args, d);
      expr(x->returns.get(), d, "returns");
      return stmts(x->body, d, "body");
    }
    case K::ClassDef: {
      auto *x = static_cast<const ClassDef *>(s);
      exprs(x->decorator_list, d, "decorator_list");
      exprs(x->bases, d, "bases");
      keywords(x->keywords, d);
      return stmts(x->body, d, "body");
    }
    case K::Return:
      return expr(static_cast<const Return *>(s)->value.get(), d, "value");
    case K::Delete:
      return exprs(static_cast<const Delete *>(s)->targets, d, "targets");
    case K::Assign: {
      auto *x = static_cast<const Assign *>(s);
      exprs(x->targets, d, "targets");
      return expr(x->value.get(), d, "value");
    }
    case K::AugAssign: {
      auto *x = static_cast<const AugAssign *>(s);
      expr(x->target.get(), d, "target");
      return expr(x->value.get(), d, "value");
    }
    case K::AnnAssign: {
      auto *x = static_cast<const AnnAssign *>(s);
      expr(x->target.get(), d, "target");
      expr(x->annotation.get(), d, "annotation");
      return expr(x->value.get(), d, "value");
    }
    case K::For:
    case K::AsyncFor: {
      auto *x = static_cast<const ForBase *>(s);
      expr(x->target.get(), d, "target");
      expr(x->iter.get(), d, "iter");
      stmts(x->body, d, "body");
      return stmts(x->orelse, d, "orelse");
    }
    case K::While: {
      auto *x = static_cast<const While *>(s);
      expr(x->test.get(), d, "test");
      stmts(x->body, d, "body");
      return stmts(x->orelse, d, "orelse");
    }
    case K::If: {
      auto *x = static_cast<const If *>(s);
      expr(x->test.get(), d, "test");
      stmts(x->body, d, "body");
      return stmts(x->orelse, d, "orelse");
    }
    case K::With:
    case K::AsyncWith: {
      auto *x = static_cast<const WithBase *>(s);
      listLabel(d, "items");
      for (const WithItem &w : x->items) {
        start(d + 1, nullptr) << "withitem\n";
        expr(w.context_expr.get(), d + 2, "context_expr");
        expr(w.optional_vars.get(), d + 2, "optional_vars");
      }
      return stmts(x->body, d, "body");
    }
    case K::Match: {
      auto *x = static_cast<const Match *>(s);
      expr(x->subject.get(), d, "subject");
      listLabel(d, "cases");
      for (const MatchCase &c : x->cases) {
        start(d + 1, nullptr) << "match_case\n";
        pattern(c.pattern.get(), d + 2, "pattern");
        expr(c.guard.get(), d + 2, "guard");
        stmts(c.body, d + 2, "body");
      }
      return;
    }
    case K::Raise: {
      auto *x = static_cast<const Raise *>(s);
      expr(x->exc.get(), d, "exc");
      return expr(x->cause.get(), d, "cause");
    }
    case K::Try:
    case K::TryStar: {
      auto *x = static_cast<const TryBase *>(s);
      stmts(x->body, d, "body");
      if (!x->handlers.empty())
        listLabel(d, "handlers");
      for (const ExceptHandler &h : x->handlers) {
        start(d + 1, nullptr) << "ExceptHandler" << (h.name ? " name=" + *h.name : "")
                              << locText(h.loc) << "\n";
        expr(h.type.get(), d + 2, "type");
        stmts(h.body, d + 2, "body");
      }
      stmts(x->orelse, d, "orelse");
      return stmts(x->finalbody, d, "finalbody");
    }
    case K::Assert: {
      auto *x = static_cast<const Assert *>(s);
      expr(x->test.get(), d, "test");
      return expr(x->msg.get(), d, "msg");
    }
    case K::Import:
      return aliases(static_cast<const Import *>(s)->names, d);
    case K::ImportFrom:
      return aliases(static_cast<const ImportFrom *>(s)->names, d);
    case K::Expr:
      return expr(static_cast<const ExprStmt *>(s)->value.get(), d, "value");
    case K::Global:
    case K::Nonlocal:
    case K::Pass:
    case K::Break:
    case K::Continue:
      return;
    }
  }
};

} // namespace

void printAST(const Module &module, std::ostream &os) { Printer(os).module(module); }

} // namespace pylc
