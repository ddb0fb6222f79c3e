// CPython 3.11's AST optimiser (Python/ast_opt.c), function for function, on pylc's AST.
// Values are computed by the embedded interpreter with the same C API calls, so results,
// limits and the errors that keep an expression unfolded are CPython's.
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "frontend/ConstFold.h"

#include "frontend/Diagnostics.h"
#include "frontend/PyConstant.h"
#include "frontend/PyRef.h"

#include <optional>
#include <string>
#include <utility>

namespace pylc {

namespace {

using namespace ast;

// Holds the GIL, and leaves no exception behind.
class ClearingGILGuard {
public:
  ClearingGILGuard() : state_(PyGILState_Ensure()) {}
  ~ClearingGILGuard() {
    PyErr_Clear();
    PyGILState_Release(state_);
  }

private:
  PyGILState_STATE state_;
};

// ast_opt.c's limits.
constexpr size_t kMaxIntSize = 128;            // bits
constexpr Py_ssize_t kMaxCollectionSize = 256; // items
constexpr Py_ssize_t kMaxStrSize = 4096;       // characters
constexpr Py_ssize_t kMaxTotalItems = 1024;    // including nested collections

bool isConstant(const ExprPtr &e) { return e && e->kind == Expr::Kind::Constant; }
const ConstantValue &valueOf(const ExprPtr &e) { return static_cast<const Constant &>(*e).value; }

bool hasStarred(const std::vector<ExprPtr> &elts) {
  for (auto &e : elts)
    if (e->kind == Expr::Kind::Starred)
      return true;
  return false;
}

bool allConstants(const std::vector<ExprPtr> &elts) {
  for (auto &e : elts)
    if (!isConstant(e))
      return false;
  return true;
}

// A new Constant node in place of `node`, at its position.
void replaceWithConstant(ExprPtr &node, ConstantValue value) {
  auto c = std::make_unique<Constant>();
  c->loc = node->loc;
  c->value = std::move(value);
  node = std::move(c);
}

// make_const(): `val` (owned, may be NULL) replaces `node`. A NULL value, with or without
// an exception (division by zero, a limit exceeded), leaves the node as it is.
void makeConst(ExprPtr &node, PyObject *val) {
  if (!val) {
    PyErr_Clear();
    return;
  }
  Ref owned(val);
  std::optional<ConstantValue> c = constantFromPython(val);
  if (c)
    replaceWithConstant(node, std::move(*c));
}

ConstantValue tupleOf(const std::vector<ExprPtr> &elts) {
  ConstantValue t;
  t.kind = ConstantValue::Kind::Tuple;
  for (auto &e : elts)
    t.elts.push_back(valueOf(e));
  return t;
}

// ------------------------------------------------------------ safe_* of ast_opt.c

// The limit minus the number of items in `obj` and its nested tuples and frozensets;
// negative (and stopping early) once the limit is exceeded.
Py_ssize_t checkComplexity(PyObject *obj, Py_ssize_t limit) {
  if (PyTuple_Check(obj)) {
    limit -= PyTuple_GET_SIZE(obj);
    for (Py_ssize_t i = 0; limit >= 0 && i < PyTuple_GET_SIZE(obj); i++)
      limit = checkComplexity(PyTuple_GET_ITEM(obj, i), limit);
    return limit;
  }
  if (PyFrozenSet_Check(obj)) {
    Py_ssize_t i = 0;
    PyObject *item;
    Py_hash_t hash;
    limit -= PySet_GET_SIZE(obj);
    while (limit >= 0 && _PySet_NextEntry(obj, &i, &item, &hash))
      limit = checkComplexity(item, limit);
  }
  return limit;
}

PyObject *safeMultiply(PyObject *v, PyObject *w) {
  if (PyLong_Check(v) && PyLong_Check(w) && Py_SIZE(v) && Py_SIZE(w)) {
    size_t vbits = _PyLong_NumBits(v);
    size_t wbits = _PyLong_NumBits(w);
    if (vbits == (size_t)-1 || wbits == (size_t)-1)
      return nullptr;
    if (vbits + wbits > kMaxIntSize)
      return nullptr;
  } else if (PyLong_Check(v) && (PyTuple_Check(w) || PyFrozenSet_Check(w))) {
    Py_ssize_t size = PyTuple_Check(w) ? PyTuple_GET_SIZE(w) : PySet_GET_SIZE(w);
    if (size) {
      long n = PyLong_AsLong(v);
      if (n < 0 || n > kMaxCollectionSize / size)
        return nullptr;
      if (n && checkComplexity(w, kMaxTotalItems / n) < 0)
        return nullptr;
    }
  } else if (PyLong_Check(v) && (PyUnicode_Check(w) || PyBytes_Check(w))) {
    Py_ssize_t size = PyUnicode_Check(w) ? PyUnicode_GET_LENGTH(w) : PyBytes_GET_SIZE(w);
    if (size) {
      long n = PyLong_AsLong(v);
      if (n < 0 || n > kMaxStrSize / size)
        return nullptr;
    }
  } else if (PyLong_Check(w) &&
             (PyTuple_Check(v) || PyFrozenSet_Check(v) || PyUnicode_Check(v) || PyBytes_Check(v))) {
    return safeMultiply(w, v);
  }
  return PyNumber_Multiply(v, w);
}

PyObject *safePower(PyObject *v, PyObject *w) {
  if (PyLong_Check(v) && PyLong_Check(w) && Py_SIZE(v) && Py_SIZE(w) > 0) {
    size_t vbits = _PyLong_NumBits(v);
    size_t wbits = PyLong_AsSize_t(w);
    if (vbits == (size_t)-1 || wbits == (size_t)-1)
      return nullptr;
    if (vbits > kMaxIntSize / wbits)
      return nullptr;
  }
  return PyNumber_Power(v, w, Py_None);
}

PyObject *safeLshift(PyObject *v, PyObject *w) {
  if (PyLong_Check(v) && PyLong_Check(w) && Py_SIZE(v) && Py_SIZE(w)) {
    size_t vbits = _PyLong_NumBits(v);
    size_t wbits = PyLong_AsSize_t(w);
    if (vbits == (size_t)-1 || wbits == (size_t)-1)
      return nullptr;
    if (wbits > kMaxIntSize || vbits > kMaxIntSize - wbits)
      return nullptr;
  }
  return PyNumber_Lshift(v, w);
}

PyObject *safeMod(PyObject *v, PyObject *w) {
  if (PyUnicode_Check(v) || PyBytes_Check(v))
    return nullptr;
  return PyNumber_Remainder(v, w);
}

// ------------------------------------------------------------ optimize_format

// `'...' % (a, b)` as an f-string, when every conversion is a plain %s, %r or %a.
struct FormatPiece {
  bool literal = false;
  std::string text;                // literal: the text, `%%` already replaced
  int conversion = 0;              // 's', 'r' or 'a'
  std::optional<std::string> spec; // the format spec, when there is one
};

constexpr int kMaxDigits = 3;
enum FormatFlags {
  kLJust = 1 << 0,
  kSign = 1 << 1,
  kBlank = 1 << 2,
  kAlt = 1 << 3,
  kZero = 1 << 4
};

// parse_literal(): the text from *ppos up to the next lone '%', if any.
std::optional<std::string> parseLiteral(PyObject *fmt, Py_ssize_t *ppos, bool *failed) {
  Py_ssize_t size = PyUnicode_GET_LENGTH(fmt);
  Py_ssize_t start = *ppos, pos = *ppos;
  bool hasPercents = false;
  while (pos < size) {
    if (PyUnicode_READ_CHAR(fmt, pos) != '%') {
      pos++;
    } else if (pos + 1 < size && PyUnicode_READ_CHAR(fmt, pos + 1) == '%') {
      hasPercents = true;
      pos += 2;
    } else {
      break;
    }
  }
  *ppos = pos;
  if (pos == start)
    return std::nullopt;
  Ref str(PyUnicode_Substring(fmt, start, pos));
  if (str && hasPercents) {
    Ref doubled(PyUnicode_FromString("%%")), single(PyUnicode_FromString("%"));
    str = Ref(doubled && single ? PyUnicode_Replace(str.get(), doubled.get(), single.get(), -1)
                                : nullptr);
  }
  if (!str) {
    *failed = true;
    return std::nullopt;
  }
  return utf8Of(str.get());
}

// simple_format_arg_parse()
bool simpleFormatArgParse(PyObject *fmt, Py_ssize_t *ppos, int *spec, int *flags, int *width,
                          int *prec) {
  Py_ssize_t pos = *ppos, len = PyUnicode_GET_LENGTH(fmt);
  Py_UCS4 ch = 0;
  auto next = [&]() {
    if (pos >= len)
      return false;
    ch = PyUnicode_READ_CHAR(fmt, pos);
    pos++;
    return true;
  };
  *flags = 0;
  while (true) {
    if (!next())
      return false;
    switch (ch) {
    case '-':
      *flags |= kLJust;
      continue;
    case '+':
      *flags |= kSign;
      continue;
    case ' ':
      *flags |= kBlank;
      continue;
    case '#':
      *flags |= kAlt;
      continue;
    case '0':
      *flags |= kZero;
      continue;
    }
    break;
  }
  if ('0' <= ch && ch <= '9') {
    *width = 0;
    int digits = 0;
    while ('0' <= ch && ch <= '9') {
      *width = *width * 10 + (int)(ch - '0');
      if (!next())
        return false;
      if (++digits >= kMaxDigits)
        return false;
    }
  }
  if (ch == '.') {
    if (!next())
      return false;
    *prec = 0;
    if ('0' <= ch && ch <= '9') {
      int digits = 0;
      while ('0' <= ch && ch <= '9') {
        *prec = *prec * 10 + (int)(ch - '0');
        if (!next())
          return false;
        if (++digits >= kMaxDigits)
          return false;
      }
    }
  }
  *spec = (int)ch;
  *ppos = pos;
  return true;
}

// parse_format(): one conversion, if it is one the f-string can express.
std::optional<FormatPiece> parseFormat(PyObject *fmt, Py_ssize_t *ppos) {
  int spec, flags, width = -1, prec = -1;
  if (!simpleFormatArgParse(fmt, ppos, &spec, &flags, &width, &prec))
    return std::nullopt;
  if (spec != 's' && spec != 'r' && spec != 'a')
    return std::nullopt;
  std::string buf;
  if (!(flags & kLJust) && width > 0)
    buf += '>';
  if (width >= 0)
    buf += std::to_string(width);
  if (prec >= 0)
    buf += "." + std::to_string(prec);
  FormatPiece p;
  p.conversion = spec;
  if (!buf.empty())
    p.spec = buf;
  return p;
}

// optimize_format(): `node` is `fmt % (elts...)`.
void optimizeFormat(ExprPtr &node, const std::string &format) {
  auto &bin = static_cast<BinOp &>(*node);
  auto &elts = static_cast<Tuple &>(*bin.right).elts;
  Ref fmt(PyUnicode_DecodeUTF8(format.data(), (Py_ssize_t)format.size(), "surrogatepass"));
  if (!fmt) {
    PyErr_Clear();
    return;
  }
  std::vector<FormatPiece> pieces;
  Py_ssize_t pos = 0;
  size_t count = 0;
  while (true) {
    bool failed = false;
    if (std::optional<std::string> lit = parseLiteral(fmt.get(), &pos, &failed)) {
      FormatPiece p;
      p.literal = true;
      p.text = std::move(*lit);
      pieces.push_back(std::move(p));
    } else if (failed) {
      PyErr_Clear();
      return;
    }
    if (pos >= PyUnicode_GET_LENGTH(fmt.get()))
      break;
    if (count >= elts.size())
      return; // more format units than items
    pos++;    // the '%'
    std::optional<FormatPiece> p = parseFormat(fmt.get(), &pos);
    count++;
    if (!p)
      return; // a conversion an f-string cannot express
    pieces.push_back(std::move(*p));
  }
  if (count < elts.size())
    return; // more items than format units

  auto joined = std::make_unique<JoinedStr>();
  joined->loc = node->loc;
  size_t item = 0;
  for (auto &p : pieces) {
    if (p.literal) {
      auto c = std::make_unique<Constant>();
      c->value.kind = ConstantValue::Kind::Str;
      c->value.text = p.text;
      joined->values.push_back(std::move(c));
      continue;
    }
    auto f = std::make_unique<FormattedValue>();
    f->value = std::move(elts[item++]);
    f->loc = f->value->loc;
    f->conversion = p.conversion;
    if (p.spec) {
      auto c = std::make_unique<Constant>();
      c->value.kind = ConstantValue::Kind::Str;
      c->value.text = *p.spec;
      f->format_spec = std::move(c);
    }
    joined->values.push_back(std::move(f));
  }
  node = std::move(joined);
}

// ------------------------------------------------------------ the walk

class Folder {
public:
  Folder(const std::string &path, bool futureAnnotations)
      : path_(path), futureAnnotations_(futureAnnotations),
        limit_(Py_GetRecursionLimit() * kStackFrameScale) {}

  void body(StmtList &stmts) {
    bool docstring = isDocstring(stmts);
    for (auto &s : stmts)
      stmt(s);
    if (!docstring && isDocstring(stmts)) {
      // A string that folding made must not become the docstring.
      auto &e = static_cast<ExprStmt &>(*stmts.front());
      auto joined = std::make_unique<JoinedStr>();
      joined->loc = e.loc;
      joined->values.push_back(std::move(e.value));
      e.value = std::move(joined);
    }
  }

private:
  // CPython counts nodes against three times the recursion limit (COMPILER_STACK_FRAME_SCALE).
  static constexpr int kStackFrameScale = 3;

  struct Depth {
    Folder &f;
    explicit Depth(Folder &folder) : f(folder) {
      if (++f.depth_ > f.limit_) {
        --f.depth_;
        throw CompileError(f.path_, {},
                           "RecursionError: maximum recursion depth exceeded during compilation");
      }
    }
    ~Depth() { --f.depth_; }
  };

  static bool isDocstring(const StmtList &stmts) {
    if (stmts.empty() || stmts.front()->kind != Stmt::Kind::Expr)
      return false;
    auto &value = static_cast<const ExprStmt &>(*stmts.front()).value;
    return isConstant(value) && valueOf(value).kind == ConstantValue::Kind::Str;
  }

  void opt(ExprPtr &e) {
    if (e)
      expr(e);
  }
  void seq(std::vector<ExprPtr> &es) {
    for (auto &e : es)
      opt(e);
  }
  void stmts(StmtList &ss) {
    for (auto &s : ss)
      stmt(s);
  }
  void annotation(ExprPtr &e) {
    if (!futureAnnotations_)
      opt(e);
  }

  void arguments(Arguments &a) {
    for (auto &p : a.posonlyargs)
      annotation(p.annotation);
    for (auto &p : a.args)
      annotation(p.annotation);
    if (a.vararg)
      annotation(a.vararg->annotation);
    for (auto &p : a.kwonlyargs)
      annotation(p.annotation);
    seq(a.kw_defaults);
    if (a.kwarg)
      annotation(a.kwarg->annotation);
    seq(a.defaults);
  }

  // astfold_pattern: it makes the negative and complex numbers of value patterns and
  // mapping keys constants, and visits every subexpression and subpattern.
  void pattern(Pattern &p) {
    Depth depth(*this);
    using K = Pattern::Kind;
    switch (p.kind) {
    case K::MatchValue:
      expr(static_cast<MatchValue &>(p).value);
      break;
    case K::MatchSingleton:
    case K::MatchStar:
      break;
    case K::MatchSequence:
      patterns(static_cast<MatchSequence &>(p).patterns);
      break;
    case K::MatchMapping: {
      auto &m = static_cast<MatchMapping &>(p);
      seq(m.keys);
      patterns(m.patterns);
      break;
    }
    case K::MatchClass: {
      auto &c = static_cast<MatchClass &>(p);
      expr(c.cls);
      patterns(c.patterns);
      patterns(c.kwd_patterns);
      break;
    }
    case K::MatchAs:
      if (auto &sub = static_cast<MatchAs &>(p).pattern)
        pattern(*sub);
      break;
    case K::MatchOr:
      patterns(static_cast<MatchOr &>(p).patterns);
      break;
    }
  }
  void patterns(std::vector<PatternPtr> &ps) {
    for (auto &p : ps)
      pattern(*p);
  }

  void comprehensions(std::vector<Comprehension> &gens) {
    for (auto &g : gens) {
      expr(g.target);
      expr(g.iter);
      seq(g.ifs);
      foldIter(g.iter);
    }
  }

  void expr(ExprPtr &node) {
    Depth depth(*this);
    using K = Expr::Kind;
    switch (node->kind) {
    case K::BoolOp:
      seq(static_cast<BoolOp &>(*node).values);
      break;
    case K::BinOp: {
      auto &b = static_cast<BinOp &>(*node);
      expr(b.left);
      expr(b.right);
      foldBinOp(node);
      break;
    }
    case K::UnaryOp:
      expr(static_cast<UnaryOp &>(*node).operand);
      foldUnaryOp(node);
      break;
    case K::Lambda: {
      auto &l = static_cast<Lambda &>(*node);
      arguments(l.args);
      expr(l.body);
      break;
    }
    case K::IfExp: {
      auto &i = static_cast<IfExp &>(*node);
      expr(i.test);
      expr(i.body);
      expr(i.orelse);
      break;
    }
    case K::Dict: {
      auto &d = static_cast<Dict &>(*node);
      seq(d.keys);
      seq(d.values);
      break;
    }
    case K::Set:
      seq(static_cast<Set &>(*node).elts);
      break;
    case K::ListComp: {
      auto &c = static_cast<ListComp &>(*node);
      expr(c.elt);
      comprehensions(c.generators);
      break;
    }
    case K::SetComp: {
      auto &c = static_cast<SetComp &>(*node);
      expr(c.elt);
      comprehensions(c.generators);
      break;
    }
    case K::DictComp: {
      auto &c = static_cast<DictComp &>(*node);
      expr(c.key);
      expr(c.value);
      comprehensions(c.generators);
      break;
    }
    case K::GeneratorExp: {
      auto &c = static_cast<GeneratorExp &>(*node);
      expr(c.elt);
      comprehensions(c.generators);
      break;
    }
    case K::Await:
      expr(static_cast<Await &>(*node).value);
      break;
    case K::Yield:
      opt(static_cast<Yield &>(*node).value);
      break;
    case K::YieldFrom:
      expr(static_cast<YieldFrom &>(*node).value);
      break;
    case K::Compare: {
      auto &c = static_cast<Compare &>(*node);
      expr(c.left);
      seq(c.comparators);
      foldCompare(c);
      break;
    }
    case K::Call: {
      auto &c = static_cast<Call &>(*node);
      expr(c.func);
      seq(c.args);
      for (auto &k : c.keywords)
        expr(k.value);
      break;
    }
    case K::FormattedValue: {
      auto &f = static_cast<FormattedValue &>(*node);
      expr(f.value);
      opt(f.format_spec);
      break;
    }
    case K::JoinedStr:
      seq(static_cast<JoinedStr &>(*node).values);
      break;
    case K::Attribute:
      expr(static_cast<Attribute &>(*node).value);
      break;
    case K::Subscript: {
      auto &s = static_cast<Subscript &>(*node);
      expr(s.value);
      expr(s.slice);
      foldSubscript(node);
      break;
    }
    case K::Starred:
      expr(static_cast<Starred &>(*node).value);
      break;
    case K::Slice: {
      auto &s = static_cast<Slice &>(*node);
      opt(s.lower);
      opt(s.upper);
      opt(s.step);
      break;
    }
    case K::List:
      seq(static_cast<List &>(*node).elts);
      break;
    case K::Tuple:
      seq(static_cast<Tuple &>(*node).elts);
      foldTuple(node);
      break;
    case K::Name: {
      auto &n = static_cast<Name &>(*node);
      if (n.ctx == ExprContext::Load && n.id == "__debug__") {
        ConstantValue t;
        t.kind = ConstantValue::Kind::True; // not optimising: -O would make it False
        replaceWithConstant(node, t);
      }
      break;
    }
    case K::NamedExpr:
      expr(static_cast<NamedExpr &>(*node).value);
      break;
    case K::Constant:
      break;
    }
  }

  void stmt(StmtPtr &node) {
    Depth depth(*this);
    using K = Stmt::Kind;
    switch (node->kind) {
    case K::FunctionDef:
    case K::AsyncFunctionDef: {
      auto &f = static_cast<FunctionDefBase &>(*node);
      arguments(f.args);
      body(f.body);
      seq(f.decorator_list);
      annotation(f.returns);
      break;
    }
    case K::ClassDef: {
      auto &c = static_cast<ClassDef &>(*node);
      seq(c.bases);
      for (auto &k : c.keywords)
        expr(k.value);
      body(c.body);
      seq(c.decorator_list);
      break;
    }
    case K::Return:
      opt(static_cast<Return &>(*node).value);
      break;
    case K::Delete:
      seq(static_cast<Delete &>(*node).targets);
      break;
    case K::Assign: {
      auto &a = static_cast<Assign &>(*node);
      seq(a.targets);
      expr(a.value);
      break;
    }
    case K::AugAssign: {
      auto &a = static_cast<AugAssign &>(*node);
      expr(a.target);
      expr(a.value);
      break;
    }
    case K::AnnAssign: {
      auto &a = static_cast<AnnAssign &>(*node);
      expr(a.target);
      annotation(a.annotation);
      opt(a.value);
      break;
    }
    case K::For:
    case K::AsyncFor: {
      auto &f = static_cast<ForBase &>(*node);
      expr(f.target);
      expr(f.iter);
      stmts(f.body);
      stmts(f.orelse);
      if (node->kind == K::For) // not `async for`
        foldIter(f.iter);
      break;
    }
    case K::While: {
      auto &w = static_cast<While &>(*node);
      expr(w.test);
      stmts(w.body);
      stmts(w.orelse);
      break;
    }
    case K::If: {
      auto &i = static_cast<If &>(*node);
      expr(i.test);
      stmts(i.body);
      stmts(i.orelse);
      break;
    }
    case K::With:
    case K::AsyncWith: {
      auto &w = static_cast<WithBase &>(*node);
      for (auto &item : w.items) {
        expr(item.context_expr);
        opt(item.optional_vars);
      }
      stmts(w.body);
      break;
    }
    case K::Raise: {
      auto &r = static_cast<Raise &>(*node);
      opt(r.exc);
      opt(r.cause);
      break;
    }
    case K::Try:
    case K::TryStar: {
      auto &t = static_cast<TryBase &>(*node);
      stmts(t.body);
      for (auto &h : t.handlers) {
        opt(h.type);
        stmts(h.body);
      }
      stmts(t.orelse);
      stmts(t.finalbody);
      break;
    }
    case K::Assert: {
      auto &a = static_cast<Assert &>(*node);
      expr(a.test);
      opt(a.msg);
      break;
    }
    case K::Expr:
      expr(static_cast<ExprStmt &>(*node).value);
      break;
    case K::Match: {
      auto &m = static_cast<Match &>(*node);
      expr(m.subject);
      for (auto &c : m.cases) { // astfold_match_case
        pattern(*c.pattern);
        opt(c.guard);
        stmts(c.body);
      }
      break;
    }
    case K::Import:
    case K::ImportFrom:
    case K::Global:
    case K::Nonlocal:
    case K::Pass:
    case K::Break:
    case K::Continue:
      break;
    }
  }

  // ---------------------------------------------------------- the folds

  void foldUnaryOp(ExprPtr &node) {
    auto &u = static_cast<UnaryOp &>(*node);
    if (!isConstant(u.operand)) {
      // `not` of a single `is`, `is not`, `in` or `not in` inverts the comparison (the
      // others cannot be inverted safely).
      if (u.op == UnaryOpKind::Not && u.operand->kind == Expr::Kind::Compare) {
        auto &c = static_cast<Compare &>(*u.operand);
        if (c.ops.size() != 1)
          return;
        CmpOpKind &op = c.ops[0];
        switch (op) {
        case CmpOpKind::Is:
          op = CmpOpKind::IsNot;
          break;
        case CmpOpKind::IsNot:
          op = CmpOpKind::Is;
          break;
        case CmpOpKind::In:
          op = CmpOpKind::NotIn;
          break;
        case CmpOpKind::NotIn:
          op = CmpOpKind::In;
          break;
        default:
          return;
        }
        ExprPtr compare = std::move(u.operand);
        node = std::move(compare); // the comparison, at its own position
      }
      return;
    }
    Ref operand(constantToPython(valueOf(u.operand)));
    if (!operand) {
      PyErr_Clear();
      return;
    }
    PyObject *v = nullptr;
    switch (u.op) {
    case UnaryOpKind::Invert:
      v = PyNumber_Invert(operand.get());
      break;
    case UnaryOpKind::Not: {
      int r = PyObject_IsTrue(operand.get());
      v = r < 0 ? nullptr : PyBool_FromLong(!r);
      break;
    }
    case UnaryOpKind::UAdd:
      v = PyNumber_Positive(operand.get());
      break;
    case UnaryOpKind::USub:
      v = PyNumber_Negative(operand.get());
      break;
    }
    makeConst(node, v);
  }

  void foldBinOp(ExprPtr &node) {
    auto &b = static_cast<BinOp &>(*node);
    if (!isConstant(b.left))
      return;
    const ConstantValue &lv = valueOf(b.left);
    if (b.op == BinOpKind::Mod && b.right->kind == Expr::Kind::Tuple &&
        lv.kind == ConstantValue::Kind::Str && !hasStarred(static_cast<Tuple &>(*b.right).elts)) {
      std::string format = lv.text;
      optimizeFormat(node, format);
      return;
    }
    if (!isConstant(b.right))
      return;
    Ref l(constantToPython(lv)), r(constantToPython(valueOf(b.right)));
    if (!l || !r) {
      PyErr_Clear();
      return;
    }
    PyObject *lo = l.get(), *ro = r.get(), *v = nullptr;
    switch (b.op) {
    case BinOpKind::Add:
      v = PyNumber_Add(lo, ro);
      break;
    case BinOpKind::Sub:
      v = PyNumber_Subtract(lo, ro);
      break;
    case BinOpKind::Mult:
      v = safeMultiply(lo, ro);
      break;
    case BinOpKind::Div:
      v = PyNumber_TrueDivide(lo, ro);
      break;
    case BinOpKind::FloorDiv:
      v = PyNumber_FloorDivide(lo, ro);
      break;
    case BinOpKind::Mod:
      v = safeMod(lo, ro);
      break;
    case BinOpKind::Pow:
      v = safePower(lo, ro);
      break;
    case BinOpKind::LShift:
      v = safeLshift(lo, ro);
      break;
    case BinOpKind::RShift:
      v = PyNumber_Rshift(lo, ro);
      break;
    case BinOpKind::BitOr:
      v = PyNumber_Or(lo, ro);
      break;
    case BinOpKind::BitXor:
      v = PyNumber_Xor(lo, ro);
      break;
    case BinOpKind::BitAnd:
      v = PyNumber_And(lo, ro);
      break;
    case BinOpKind::MatMult:
      return; // no constant implements it
    }
    makeConst(node, v);
  }

  void foldTuple(ExprPtr &node) {
    auto &t = static_cast<Tuple &>(*node);
    if (t.ctx != ExprContext::Load || !allConstants(t.elts))
      return;
    replaceWithConstant(node, tupleOf(t.elts));
  }

  void foldSubscript(ExprPtr &node) {
    auto &s = static_cast<Subscript &>(*node);
    if (s.ctx != ExprContext::Load || !isConstant(s.value) || !isConstant(s.slice))
      return;
    Ref value(constantToPython(valueOf(s.value))), key(constantToPython(valueOf(s.slice)));
    if (!value || !key) {
      PyErr_Clear();
      return;
    }
    makeConst(node, PyObject_GetItem(value.get(), key.get()));
  }

  // fold_iter(): for the iterable of a loop and the container of `in`.
  void foldIter(ExprPtr &node) {
    if (node->kind == Expr::Kind::List) {
      auto &l = static_cast<List &>(*node);
      if (hasStarred(l.elts))
        return;
      auto t = std::make_unique<Tuple>();
      t->loc = l.loc;
      t->ctx = l.ctx;
      t->elts = std::move(l.elts);
      node = std::move(t);
      if (allConstants(static_cast<Tuple &>(*node).elts))
        replaceWithConstant(node, tupleOf(static_cast<Tuple &>(*node).elts));
    } else if (node->kind == Expr::Kind::Set) {
      auto &s = static_cast<Set &>(*node);
      if (!allConstants(s.elts))
        return;
      std::vector<const ConstantValue *> items;
      for (auto &e : s.elts)
        items.push_back(&valueOf(e));
      replaceWithConstant(node, frozenSetConstant(items));
    }
  }

  void foldCompare(Compare &c) {
    CmpOpKind last = c.ops.back();
    if (last == CmpOpKind::In || last == CmpOpKind::NotIn)
      foldIter(c.comparators.back());
  }

  const std::string &path_;
  bool futureAnnotations_;
  int depth_ = 0;
  int limit_;
};

// Whether the module starts with `from __future__ import annotations` (after an optional
// docstring and other future imports), as Python/future.c finds it.
bool hasFutureAnnotations(const StmtList &body) {
  size_t i = 0;
  if (!body.empty() && body[0]->kind == Stmt::Kind::Expr) {
    auto &v = static_cast<const ExprStmt &>(*body[0]).value;
    if (isConstant(v) && valueOf(v).kind == ConstantValue::Kind::Str)
      i = 1;
  }
  for (; i < body.size() && body[i]->kind == Stmt::Kind::ImportFrom; ++i) {
    auto &f = static_cast<const ImportFrom &>(*body[i]);
    if (f.level != 0 || f.module.value_or("") != "__future__")
      break;
    for (auto &a : f.names)
      if (a.name == "annotations")
        return true;
  }
  return false;
}

} // namespace

void foldConstants(Module &module) {
  if (!Py_IsInitialized())
    throw CompileError(module.path, {},
                       "internal error: the Python interpreter is not initialised");
  ClearingGILGuard gil;
  Folder(module.path, hasFutureAnnotations(module.body)).body(module.body);
}

std::optional<size_t> duplicateConstant(const std::vector<const ConstantValue *> &items,
                                        std::string *repr) {
  if (!Py_IsInitialized())
    return std::nullopt;
  ClearingGILGuard gil;
  Ref seen(PySet_New(nullptr));
  if (!seen)
    return std::nullopt;
  for (size_t i = 0; i < items.size(); ++i) {
    Ref o(constantToPython(*items[i]));
    if (!o)
      return std::nullopt;
    int found = PySet_Contains(seen.get(), o.get());
    if (found == 1) {
      Ref text(PyObject_Repr(o.get()));
      if (repr)
        *repr = text ? utf8Of(text.get()) : "?";
      return i;
    }
    if (found < 0 || PySet_Add(seen.get(), o.get()) < 0)
      return std::nullopt;
  }
  return std::nullopt;
}

ConstantValue frozenSetConstant(const std::vector<const ConstantValue *> &items) {
  ConstantValue set;
  set.kind = ConstantValue::Kind::FrozenSet;
  if (!Py_IsInitialized()) {
    // Keep every item: the frozenset built at run time drops the equal ones all the same.
    for (const ConstantValue *item : items)
      set.elts.push_back(*item);
    return set;
  }
  ClearingGILGuard gil;
  Ref seen(PySet_New(nullptr));
  for (const ConstantValue *item : items) {
    Ref o(constantToPython(*item));
    int found = seen && o ? PySet_Contains(seen.get(), o.get()) : -1;
    if (found == 0)
      found = PySet_Add(seen.get(), o.get());
    if (found < 0) // cannot happen for constants; keeping the item is still correct
      PyErr_Clear();
    if (found <= 0)
      set.elts.push_back(*item);
  }
  return set;
}

} // namespace pylc
