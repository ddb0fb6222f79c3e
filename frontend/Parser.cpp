// CPython's parser (Py_CompileStringObject with PyCF_ONLY_AST) and the conversion of the
// resulting `ast` objects into pylc's C++ AST, by walking their attributes by name.
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "frontend/Parser.h"

#include "frontend/Diagnostics.h"
#include "frontend/PyConstant.h"
#include "frontend/PyRef.h"
#include "frontend/Source.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pylc {

namespace {

using namespace ast;

std::string utf8(PyObject *str) {
  Py_ssize_t size = 0;
  const char *data = PyUnicode_AsUTF8AndSize(str, &size);
  if (!data) {
    PyErr_Clear();
    // Lone surrogates (possible only in string literals) survive as their 3-byte forms.
    Ref bytes(PyUnicode_AsEncodedString(str, "utf-8", "surrogatepass"));
    if (!bytes) {
      PyErr_Clear();
      return {};
    }
    return std::string(PyBytes_AS_STRING(bytes.get()), PyBytes_GET_SIZE(bytes.get()));
  }
  return std::string(data, size);
}

// str(obj) as UTF-8, or "" if that fails.
std::string strOf(PyObject *obj) {
  Ref s(PyObject_Str(obj));
  if (!s) {
    PyErr_Clear();
    return {};
  }
  return utf8(s.get());
}

// The 0-based byte offset within `line` of character column `charCol` (CPython's
// SyntaxError.offset counts characters; pylc's columns count UTF-8 bytes).
int charToByteColumn(std::string_view line, int charCol) {
  int chars = 0;
  size_t i = 0;
  while (i < line.size() && chars < charCol) {
    ++i;
    while (i < line.size() && ((unsigned char)line[i] & 0xC0) == 0x80)
      ++i;
    ++chars;
  }
  return (int)i + (charCol - chars);
}

std::string_view lineOf(const std::string &source, int line) {
  size_t pos = 0;
  for (int n = 1; n < line; ++n) {
    pos = source.find('\n', pos);
    if (pos == std::string::npos)
      return {};
    ++pos;
  }
  size_t end = source.find('\n', pos);
  std::string_view text(source.data() + pos,
                        (end == std::string::npos ? source.size() : end) - pos);
  if (!text.empty() && text.back() == '\r')
    text.remove_suffix(1);
  return text;
}

// The 1-based line and 0-based byte column of `offset` in `text`.
SourceRange rangeAt(const std::string &text, size_t offset) {
  size_t lineStart = offset == 0 ? std::string::npos : text.rfind('\n', offset - 1);
  lineStart = lineStart == std::string::npos ? 0 : lineStart + 1;
  SourceRange at;
  at.line = 1 + (int)std::count(text.begin(), text.begin() + offset, '\n');
  at.col = (int)(offset - lineStart);
  return at;
}

long intAttr(PyObject *obj, const char *name, long fallback) {
  Ref value(PyObject_GetAttrString(obj, name));
  if (!value) {
    PyErr_Clear();
    return fallback;
  }
  if (!PyLong_Check(value.get()))
    return fallback;
  long v = PyLong_AsLong(value.get());
  if (v == -1 && PyErr_Occurred()) {
    PyErr_Clear();
    return fallback;
  }
  return v;
}

// A decimal int literal with more digits than sys.int_max_str_digits is a SyntaxError that
// CPython reports by its line only ("to avoid a wall of 1000s of '^'s"); its message says
// how many digits the literal has. This finds that literal on the line: a token of digits
// (and underscores) that is neither part of a name, a string, a comment nor another kind
// of number. Returns its byte range, or nothing if there is no such token.
std::optional<std::pair<int, int>> hugeDecimalLiteral(std::string_view line,
                                                      const std::string &msg) {
  static const char kHas[] = "value has ";
  size_t at = msg.find(kHas);
  if (at == std::string::npos ||
      msg.find("Consider hexadecimal for huge integer literals") == std::string::npos)
    return std::nullopt;
  long digits = std::strtol(msg.c_str() + at + sizeof kHas - 1, nullptr, 10);
  auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
  auto isNameChar = [&](char c) {
    return isDigit(c) || c == '_' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c & 0x80);
  };
  size_t i = 0, n = line.size();
  while (i < n) {
    char c = line[i];
    if (c == '#')
      break;
    if (c == '"' || c == '\'') {
      bool triple = line.substr(i, 3) == std::string(3, c);
      size_t close = triple ? 3 : 1;
      for (i += close; i < n && line.substr(i, close) != std::string(close, c); ++i)
        if (line[i] == '\\')
          ++i;
      i += close;
      continue;
    }
    if (isNameChar(c) && !isDigit(c)) {
      while (i < n && isNameChar(line[i]))
        ++i;
      continue;
    }
    bool fraction = c == '.' && i + 1 < n && isDigit(line[i + 1]);
    if (!isDigit(c) && !fraction) {
      ++i;
      continue;
    }
    size_t start = i;
    long count = 0;
    while (!fraction && i < n && (isDigit(line[i]) || line[i] == '_'))
      count += line[i++] != '_';
    if (!fraction && (i == n || (!isNameChar(line[i]) && line[i] != '.')) && count == digits)
      return std::make_pair((int)start, (int)i);
    // Another kind of number (hexadecimal, float, imaginary): skip the rest of it.
    while (i < n && (isNameChar(line[i]) || line[i] == '.' ||
                     ((line[i] == '+' || line[i] == '-') && (line[i - 1] | 0x20) == 'e')))
      ++i;
  }
  return std::nullopt;
}

// Turns the pending Python exception of a failed parse into a CompileError.
CompileError takeParseError(const std::string &path, const std::string &source) {
  PyObject *type = nullptr, *value = nullptr, *tb = nullptr;
  PyErr_Fetch(&type, &value, &tb);
  PyErr_NormalizeException(&type, &value, &tb);
  Ref typeRef(type), valueRef(value), tbRef(tb);
  if (!type)
    return CompileError(path, {}, "internal error: the parser failed without an exception");

  if (PyErr_GivenExceptionMatches(type, PyExc_SyntaxError) && value) {
    std::string msg;
    Ref msgObj(PyObject_GetAttrString(value, "msg"));
    if (msgObj && PyUnicode_Check(msgObj.get()))
      msg = utf8(msgObj.get());
    else
      PyErr_Clear();
    if (msg.empty())
      msg = "invalid syntax";
    SourceRange loc;
    loc.line = (int)intAttr(value, "lineno", 0);
    if (loc.line > 0) {
      // CPython counted the characters of the first `col` bytes of SyntaxError.text, which
      // it may have read from disk (and which then may differ from `source`, e.g. by a BOM),
      // so we count them back on that same text.
      int charCol = std::max(0, (int)intAttr(value, "offset", 1) - 1);
      Ref text(PyObject_GetAttrString(value, "text"));
      std::string line = text && PyUnicode_Check(text.get())
                             ? utf8(text.get())
                             : std::string(lineOf(source, loc.line));
      loc.col = charToByteColumn(line, charCol);
      PyErr_Clear();
      // The end, when it is on the same line (the only text we have to count on).
      int endCharCol = (int)intAttr(value, "end_offset", 0) - 1;
      if (intAttr(value, "end_lineno", 0) == loc.line && endCharCol >= charCol) {
        loc.endLine = loc.line;
        loc.endCol = charToByteColumn(line, endCharCol);
      }
      PyErr_Clear();
      if (intAttr(value, "offset", 1) <= 0)
        if (auto literal = hugeDecimalLiteral(lineOf(source, loc.line), msg)) {
          loc.col = literal->first;
          loc.endLine = loc.line;
          loc.endCol = literal->second;
        }
    }
    return CompileError(path, loc, msg, ((PyTypeObject *)type)->tp_name);
  }

  const char *typeName = ((PyTypeObject *)type)->tp_name;
  if (const char *dot = std::strrchr(typeName, '.'))
    typeName = dot + 1;
  std::string detail = value ? strOf(value) : "";
  PyErr_Clear();
  if (PyErr_GivenExceptionMatches(type, PyExc_MemoryError))
    return CompileError(path, {}, "out of memory while parsing (is the code nested too deeply?)");
  return CompileError(path, {}, std::string(typeName) + (detail.empty() ? "" : ": " + detail));
}

// Node kinds by `ast` class name.
template <class Kind> using KindTable = std::unordered_map<std::string_view, Kind>;

const KindTable<Expr::Kind> &exprKinds() {
  using K = Expr::Kind;
  static const KindTable<K> table = [] {
    KindTable<K> t;
    for (K k :
         {K::BoolOp,    K::NamedExpr, K::BinOp,     K::UnaryOp,   K::Lambda,   K::IfExp,
          K::Dict,      K::Set,       K::ListComp,  K::SetComp,   K::DictComp, K::GeneratorExp,
          K::Await,     K::Yield,     K::YieldFrom, K::Compare,   K::Call,     K::FormattedValue,
          K::JoinedStr, K::Constant,  K::Attribute, K::Subscript, K::Starred,  K::Name,
          K::List,      K::Tuple,     K::Slice})
      t.emplace(name(k), k);
    return t;
  }();
  return table;
}

const KindTable<Stmt::Kind> &stmtKinds() {
  using K = Stmt::Kind;
  static const KindTable<K> table = [] {
    KindTable<K> t;
    for (K k : {K::FunctionDef, K::AsyncFunctionDef,
                K::ClassDef,    K::Return,
                K::Delete,      K::Assign,
                K::AugAssign,   K::AnnAssign,
                K::For,         K::AsyncFor,
                K::While,       K::If,
                K::With,        K::AsyncWith,
                K::Match,       K::Raise,
                K::Try,         K::TryStar,
                K::Assert,      K::Import,
                K::ImportFrom,  K::Global,
                K::Nonlocal,    K::Expr,
                K::Pass,        K::Break,
                K::Continue})
      t.emplace(name(k), k);
    return t;
  }();
  return table;
}

template <class Enum, size_t N>
std::optional<Enum> lookupEnum(std::string_view name, const Enum (&all)[N]) {
  for (Enum e : all)
    if (name == ast::name(e))
      return e;
  return std::nullopt;
}

// The conversion proper. Each method reads one node by attribute name; a node that does
// not look as the 3.11 grammar says is reported as an internal error, never dereferenced.
class Converter {
public:
  Converter(std::string path) : path_(std::move(path)) {}

  std::unique_ptr<Module> module(PyObject *n) {
    if (typeName(n) != "Module")
      fail(n, "expected a Module node");
    auto m = std::make_unique<Module>();
    m->path = path_;
    futureAnnotations_ = hasFutureAnnotations(n);
    m->body = stmts(n, "body");
    return m;
  }

private:
  // A little deeper than CPython's AST construction allows at its default recursion limit
  // (3000 nodes), and shallow enough that this recursion (about 1 KB of stack per level,
  // and as much again for each later walk of the tree) fits an 8 MB stack even if someone
  // raised sys.setrecursionlimit in the embedded interpreter.
  static constexpr int kMaxDepth = 4000;

  struct DepthGuard {
    Converter &c;
    DepthGuard(Converter &conv, PyObject *n) : c(conv) {
      if (++c.depth_ > kMaxDepth) {
        --c.depth_;
        throw CompileError(c.path_, loc(n), "code nested too deeply");
      }
    }
    ~DepthGuard() { --c.depth_; }
  };

  [[noreturn]] void fail(PyObject *n, const std::string &what) {
    SourceRange at = n ? loc(n) : SourceRange{};
    PyErr_Clear();
    throw CompileError(path_, at, "internal error: unexpected parser output: " + what);
  }

  static std::string typeName(PyObject *n) {
    const char *name = Py_TYPE(n)->tp_name;
    if (const char *dot = std::strrchr(name, '.'))
      name = dot + 1;
    return name;
  }

  static SourceRange loc(PyObject *n) {
    SourceRange r;
    r.line = (int)intAttr(n, "lineno", 0);
    r.col = (int)intAttr(n, "col_offset", 0);
    r.endLine = (int)intAttr(n, "end_lineno", 0);
    r.endCol = (int)intAttr(n, "end_col_offset", 0);
    return r;
  }

  // ------------------------------------------------------------ field access

  Ref field(PyObject *n, const char *name) {
    Ref value(PyObject_GetAttrString(n, name));
    if (!value)
      fail(n, typeName(n) + " has no field '" + name + "'");
    return value;
  }

  // Calls `each` with every element of the list field `name`.
  template <class F> void forEach(PyObject *n, const char *name, F each) {
    Ref list = field(n, name);
    if (!PyList_Check(list.get()))
      fail(n, typeName(n) + "." + name + " is not a list");
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(list.get()); ++i)
      each(PyList_GET_ITEM(list.get(), i));
  }

  std::string str(PyObject *n, const char *name) {
    Ref value = field(n, name);
    if (!PyUnicode_Check(value.get()))
      fail(n, typeName(n) + "." + name + " is not a str");
    return utf8(value.get());
  }

  std::optional<std::string> optStr(PyObject *n, const char *name) {
    Ref value = field(n, name);
    if (value.get() == Py_None)
      return std::nullopt;
    if (!PyUnicode_Check(value.get()))
      fail(n, typeName(n) + "." + name + " is not a str");
    return utf8(value.get());
  }

  long integer(PyObject *n, const char *name) {
    Ref value = field(n, name);
    if (value.get() == Py_None)
      return 0;
    long v = PyLong_Check(value.get()) ? PyLong_AsLong(value.get()) : -1;
    if (!PyLong_Check(value.get()) || (v == -1 && PyErr_Occurred()))
      fail(n, typeName(n) + "." + name + " is not an int");
    return v;
  }

  std::vector<std::string> strs(PyObject *n, const char *name) {
    std::vector<std::string> out;
    forEach(n, name, [&](PyObject *item) {
      if (!PyUnicode_Check(item))
        fail(n, typeName(n) + "." + name + " holds a non-str");
      out.push_back(utf8(item));
    });
    return out;
  }

  ExprPtr expr(PyObject *n, const char *name) {
    Ref value = field(n, name);
    if (value.get() == Py_None)
      fail(n, typeName(n) + "." + name + " is missing");
    return convertExpr(value.get());
  }

  ExprPtr optExpr(PyObject *n, const char *name) {
    Ref value = field(n, name);
    return value.get() == Py_None ? nullptr : convertExpr(value.get());
  }

  // `from __future__ import annotations` among the future statements that open the module (after an
  // optional docstring), where future.c looks for it.
  bool hasFutureAnnotations(PyObject *module) {
    Ref body = field(module, "body");
    Py_ssize_t n = PyList_Check(body.get()) ? PyList_GET_SIZE(body.get()) : 0;
    for (Py_ssize_t i = 0; i < n; ++i) {
      PyObject *s = PyList_GET_ITEM(body.get(), i);
      if (i == 0 && typeName(s) == "Expr") {
        Ref value = field(s, "value");
        Ref constant = typeName(value.get()) == "Constant" ? field(value.get(), "value") : Ref();
        if (constant && PyUnicode_Check(constant.get()))
          continue;
      }
      if (typeName(s) != "ImportFrom")
        return false;
      Ref mod = field(s, "module");
      if (!PyUnicode_Check(mod.get()) || utf8(mod.get()) != "__future__")
        return false;
      bool found = false;
      forEach(s, "names", [&](PyObject *alias) { found |= str(alias, "name") == "annotations"; });
      if (found)
        return true;
    }
    return false;
  }

  // An annotation: under PEP 563 the string CPython's compiler makes of it (its unparsed source),
  // else the expression.
  ExprPtr annotation(PyObject *n, const char *name, bool required) {
    Ref value = field(n, name);
    if (value.get() == Py_None) {
      if (required)
        fail(n, typeName(n) + "." + name + " is missing");
      return nullptr;
    }
    if (!futureAnnotations_)
      return convertExpr(value.get());
    Ref astModule(PyImport_ImportModule("ast"));
    Ref text(astModule ? PyObject_CallMethod(astModule.get(), "unparse", "O", value.get())
                       : nullptr);
    if (!text || !PyUnicode_Check(text.get())) {
      PyErr_Clear();
      fail(value.get(), "cannot turn an annotation into a string");
    }
    auto c = std::make_unique<Constant>();
    c->value.kind = ConstantValue::Kind::Str;
    c->value.text = utf8(text.get());
    c->loc = loc(value.get());
    return c;
  }

  // Elements may be None (Dict.keys, arguments.kw_defaults): they become null.
  std::vector<ExprPtr> exprs(PyObject *n, const char *name) {
    std::vector<ExprPtr> out;
    forEach(n, name,
            [&](PyObject *item) { out.push_back(item == Py_None ? nullptr : convertExpr(item)); });
    return out;
  }

  StmtList stmts(PyObject *n, const char *name) {
    StmtList out;
    forEach(n, name, [&](PyObject *item) { out.push_back(convertStmt(item)); });
    return out;
  }

  template <class Enum, size_t N> Enum op(PyObject *n, const char *name, const Enum (&all)[N]) {
    Ref value = field(n, name);
    std::string t = typeName(value.get());
    std::optional<Enum> e = lookupEnum(t, all);
    if (!e)
      fail(n, "unknown operator '" + t + "' in " + typeName(n) + "." + name);
    return *e;
  }

  static constexpr BoolOpKind kBoolOps[] = {BoolOpKind::And, BoolOpKind::Or};
  static constexpr BinOpKind kBinOps[] = {BinOpKind::Add,     BinOpKind::Sub,    BinOpKind::Mult,
                                          BinOpKind::MatMult, BinOpKind::Div,    BinOpKind::Mod,
                                          BinOpKind::Pow,     BinOpKind::LShift, BinOpKind::RShift,
                                          BinOpKind::BitOr,   BinOpKind::BitXor, BinOpKind::BitAnd,
                                          BinOpKind::FloorDiv};
  static constexpr UnaryOpKind kUnaryOps[] = {UnaryOpKind::Invert, UnaryOpKind::Not,
                                              UnaryOpKind::UAdd, UnaryOpKind::USub};
  static constexpr CmpOpKind kCmpOps[] = {
      CmpOpKind::Eq,  CmpOpKind::NotEq, CmpOpKind::Lt,    CmpOpKind::LtE, CmpOpKind::Gt,
      CmpOpKind::GtE, CmpOpKind::Is,    CmpOpKind::IsNot, CmpOpKind::In,  CmpOpKind::NotIn};
  static constexpr ExprContext kContexts[] = {ExprContext::Load, ExprContext::Store,
                                              ExprContext::Del};

  ExprContext ctx(PyObject *n) { return op(n, "ctx", kContexts); }

  // ------------------------------------------------------------ helper nodes

  Arg arg(PyObject *n) {
    Arg a;
    a.arg = str(n, "arg");
    a.annotation = annotation(n, "annotation", /*required=*/false);
    a.loc = loc(n);
    return a;
  }

  std::vector<Arg> args(PyObject *n, const char *name) {
    std::vector<Arg> out;
    forEach(n, name, [&](PyObject *item) { out.push_back(arg(item)); });
    return out;
  }

  std::optional<Arg> optArg(PyObject *n, const char *name) {
    Ref value = field(n, name);
    if (value.get() == Py_None)
      return std::nullopt;
    return arg(value.get());
  }

  Arguments arguments(PyObject *n, const char *name) {
    Ref a = field(n, name);
    PyObject *x = a.get();
    Arguments out;
    out.posonlyargs = args(x, "posonlyargs");
    out.args = args(x, "args");
    out.vararg = optArg(x, "vararg");
    out.kwonlyargs = args(x, "kwonlyargs");
    out.kw_defaults = exprs(x, "kw_defaults");
    out.kwarg = optArg(x, "kwarg");
    out.defaults = exprs(x, "defaults");
    return out;
  }

  std::vector<Keyword> keywords(PyObject *n, const char *name) {
    std::vector<Keyword> out;
    forEach(n, name, [&](PyObject *item) {
      Keyword k;
      k.arg = optStr(item, "arg");
      k.value = expr(item, "value");
      k.loc = loc(item);
      out.push_back(std::move(k));
    });
    return out;
  }

  std::vector<Comprehension> comprehensions(PyObject *n) {
    std::vector<Comprehension> out;
    forEach(n, "generators", [&](PyObject *item) {
      Comprehension c;
      c.target = expr(item, "target");
      c.iter = expr(item, "iter");
      c.ifs = exprs(item, "ifs");
      c.is_async = integer(item, "is_async") != 0;
      out.push_back(std::move(c));
    });
    return out;
  }

  std::vector<Alias> aliases(PyObject *n) {
    std::vector<Alias> out;
    forEach(n, "names", [&](PyObject *item) {
      Alias a;
      a.name = str(item, "name");
      a.asname = optStr(item, "asname");
      a.loc = loc(item);
      out.push_back(std::move(a));
    });
    return out;
  }

  std::vector<WithItem> withItems(PyObject *n) {
    std::vector<WithItem> out;
    forEach(n, "items", [&](PyObject *item) {
      WithItem w;
      w.context_expr = expr(item, "context_expr");
      w.optional_vars = optExpr(item, "optional_vars");
      out.push_back(std::move(w));
    });
    return out;
  }

  std::vector<ExceptHandler> handlers(PyObject *n) {
    std::vector<ExceptHandler> out;
    forEach(n, "handlers", [&](PyObject *item) {
      if (typeName(item) != "ExceptHandler")
        fail(item, "expected an ExceptHandler");
      ExceptHandler h;
      h.type = optExpr(item, "type");
      h.name = optStr(item, "name");
      h.body = stmts(item, "body");
      h.loc = loc(item);
      out.push_back(std::move(h));
    });
    return out;
  }

  std::vector<MatchCase> matchCases(PyObject *n) {
    std::vector<MatchCase> out;
    forEach(n, "cases", [&](PyObject *item) {
      MatchCase c;
      Ref pattern = field(item, "pattern");
      c.pattern = convertPattern(pattern.get());
      c.guard = optExpr(item, "guard");
      c.body = stmts(item, "body");
      out.push_back(std::move(c));
    });
    return out;
  }

  // ------------------------------------------------------------ patterns

  PatternPtr convertPattern(PyObject *n) {
    DepthGuard depth(*this, n);
    std::string t = typeName(n);
    PatternPtr p = buildPattern(t, n);
    p->loc = loc(n);
    return p;
  }

  PatternPtr optPattern(PyObject *n, const char *name) {
    Ref value = field(n, name);
    return value.get() == Py_None ? nullptr : convertPattern(value.get());
  }

  std::vector<PatternPtr> patterns(PyObject *n, const char *name) {
    std::vector<PatternPtr> out;
    forEach(n, name, [&](PyObject *item) { out.push_back(convertPattern(item)); });
    return out;
  }

  PatternPtr buildPattern(const std::string &t, PyObject *n) {
    if (t == "MatchValue") {
      auto x = std::make_unique<MatchValue>();
      x->value = expr(n, "value");
      return x;
    }
    if (t == "MatchSingleton") {
      auto x = std::make_unique<MatchSingleton>();
      x->value = constant(n);
      return x;
    }
    if (t == "MatchSequence") {
      auto x = std::make_unique<MatchSequence>();
      x->patterns = patterns(n, "patterns");
      return x;
    }
    if (t == "MatchMapping") {
      auto x = std::make_unique<MatchMapping>();
      x->keys = exprs(n, "keys");
      x->patterns = patterns(n, "patterns");
      x->rest = optStr(n, "rest");
      if (x->keys.size() != x->patterns.size())
        fail(n, "MatchMapping with different numbers of keys and patterns");
      for (auto &k : x->keys)
        if (!k)
          fail(n, "MatchMapping with a null key");
      return x;
    }
    if (t == "MatchClass") {
      auto x = std::make_unique<MatchClass>();
      x->cls = expr(n, "cls");
      x->patterns = patterns(n, "patterns");
      x->kwd_attrs = strs(n, "kwd_attrs");
      x->kwd_patterns = patterns(n, "kwd_patterns");
      if (x->kwd_attrs.size() != x->kwd_patterns.size())
        fail(n, "MatchClass with different numbers of keyword names and patterns");
      return x;
    }
    if (t == "MatchStar") {
      auto x = std::make_unique<MatchStar>();
      x->name = optStr(n, "name");
      return x;
    }
    if (t == "MatchAs") {
      auto x = std::make_unique<MatchAs>();
      x->pattern = optPattern(n, "pattern");
      x->name = optStr(n, "name");
      return x;
    }
    if (t == "MatchOr") {
      auto x = std::make_unique<MatchOr>();
      x->patterns = patterns(n, "patterns");
      return x;
    }
    fail(n, "unknown pattern node '" + t + "'");
  }

  ConstantValue constant(PyObject *n) {
    Ref v = field(n, "value");
    std::optional<ConstantValue> c = constantFromPython(v.get());
    if (!c)
      fail(n, std::string("constant of type ") + Py_TYPE(v.get())->tp_name);
    return std::move(*c);
  }

  // ------------------------------------------------------------ expressions

  ExprPtr convertExpr(PyObject *n) {
    DepthGuard depth(*this, n);
    std::string t = typeName(n);
    auto it = exprKinds().find(t);
    if (it == exprKinds().end())
      fail(n, "unknown expression node '" + t + "'");
    ExprPtr e = buildExpr(it->second, n);
    e->loc = loc(n);
    return e;
  }

  ExprPtr buildExpr(Expr::Kind kind, PyObject *n) {
    using K = Expr::Kind;
    switch (kind) {
    case K::BoolOp: {
      auto x = std::make_unique<BoolOp>();
      x->op = op(n, "op", kBoolOps);
      x->values = exprs(n, "values");
      return x;
    }
    case K::NamedExpr: {
      auto x = std::make_unique<NamedExpr>();
      x->target = expr(n, "target");
      x->value = expr(n, "value");
      return x;
    }
    case K::BinOp: {
      auto x = std::make_unique<BinOp>();
      x->left = expr(n, "left");
      x->op = op(n, "op", kBinOps);
      x->right = expr(n, "right");
      return x;
    }
    case K::UnaryOp: {
      auto x = std::make_unique<UnaryOp>();
      x->op = op(n, "op", kUnaryOps);
      x->operand = expr(n, "operand");
      return x;
    }
    case K::Lambda: {
      auto x = std::make_unique<Lambda>();
      x->args = arguments(n, "args");
      x->body = expr(n, "body");
      return x;
    }
    case K::IfExp: {
      auto x = std::make_unique<IfExp>();
      x->test = expr(n, "test");
      x->body = expr(n, "body");
      x->orelse = expr(n, "orelse");
      return x;
    }
    case K::Dict: {
      auto x = std::make_unique<Dict>();
      x->keys = exprs(n, "keys");
      x->values = exprs(n, "values");
      if (x->keys.size() != x->values.size())
        fail(n, "Dict with different numbers of keys and values");
      return x;
    }
    case K::Set: {
      auto x = std::make_unique<ast::Set>();
      x->elts = exprs(n, "elts");
      return x;
    }
    case K::ListComp: {
      auto x = std::make_unique<ListComp>();
      x->elt = expr(n, "elt");
      x->generators = comprehensions(n);
      return x;
    }
    case K::SetComp: {
      auto x = std::make_unique<SetComp>();
      x->elt = expr(n, "elt");
      x->generators = comprehensions(n);
      return x;
    }
    case K::DictComp: {
      auto x = std::make_unique<DictComp>();
      x->key = expr(n, "key");
      x->value = expr(n, "value");
      x->generators = comprehensions(n);
      return x;
    }
    case K::GeneratorExp: {
      auto x = std::make_unique<GeneratorExp>();
      x->elt = expr(n, "elt");
      x->generators = comprehensions(n);
      return x;
    }
    case K::Await: {
      auto x = std::make_unique<Await>();
      x->value = expr(n, "value");
      return x;
    }
    case K::Yield: {
      auto x = std::make_unique<Yield>();
      x->value = optExpr(n, "value");
      return x;
    }
    case K::YieldFrom: {
      auto x = std::make_unique<YieldFrom>();
      x->value = expr(n, "value");
      return x;
    }
    case K::Compare: {
      auto x = std::make_unique<Compare>();
      x->left = expr(n, "left");
      forEach(n, "ops", [&](PyObject *o) {
        std::optional<CmpOpKind> k = lookupEnum(typeName(o), kCmpOps);
        if (!k)
          fail(n, "unknown comparison operator '" + typeName(o) + "'");
        x->ops.push_back(*k);
      });
      x->comparators = exprs(n, "comparators");
      if (x->ops.size() != x->comparators.size())
        fail(n, "Compare with different numbers of operators and operands");
      return x;
    }
    case K::Call: {
      auto x = std::make_unique<Call>();
      x->func = expr(n, "func");
      x->args = exprs(n, "args");
      x->keywords = keywords(n, "keywords");
      return x;
    }
    case K::FormattedValue: {
      auto x = std::make_unique<FormattedValue>();
      x->value = expr(n, "value");
      x->conversion = (int)integer(n, "conversion");
      x->format_spec = optExpr(n, "format_spec");
      return x;
    }
    case K::JoinedStr: {
      auto x = std::make_unique<JoinedStr>();
      x->values = exprs(n, "values");
      return x;
    }
    case K::Constant: {
      auto x = std::make_unique<Constant>();
      x->value = constant(n);
      x->kindTag = optStr(n, "kind");
      return x;
    }
    case K::Attribute: {
      auto x = std::make_unique<Attribute>();
      x->value = expr(n, "value");
      x->attr = str(n, "attr");
      x->ctx = ctx(n);
      return x;
    }
    case K::Subscript: {
      auto x = std::make_unique<Subscript>();
      x->value = expr(n, "value");
      x->slice = expr(n, "slice");
      x->ctx = ctx(n);
      return x;
    }
    case K::Starred: {
      auto x = std::make_unique<Starred>();
      x->value = expr(n, "value");
      x->ctx = ctx(n);
      return x;
    }
    case K::Name: {
      auto x = std::make_unique<Name>();
      x->id = str(n, "id");
      x->ctx = ctx(n);
      return x;
    }
    case K::List: {
      auto x = std::make_unique<ast::List>();
      x->elts = exprs(n, "elts");
      x->ctx = ctx(n);
      return x;
    }
    case K::Tuple: {
      auto x = std::make_unique<Tuple>();
      x->elts = exprs(n, "elts");
      x->ctx = ctx(n);
      return x;
    }
    case K::Slice: {
      auto x = std::make_unique<Slice>();
      x->lower = optExpr(n, "lower");
      x->upper = optExpr(n, "upper");
      x->step = optExpr(n, "step");
      return x;
    }
    }
    fail(n, "unhandled expression kind");
  }

  // ------------------------------------------------------------ statements

  StmtPtr convertStmt(PyObject *n) {
    DepthGuard depth(*this, n);
    std::string t = typeName(n);
    auto it = stmtKinds().find(t);
    if (it == stmtKinds().end())
      fail(n, "unknown statement node '" + t + "'");
    StmtPtr s = buildStmt(it->second, n);
    s->loc = loc(n);
    return s;
  }

  void fillFunction(FunctionDefBase &f, PyObject *n) {
    f.name = str(n, "name");
    f.args = arguments(n, "args");
    f.body = stmts(n, "body");
    f.decorator_list = exprs(n, "decorator_list");
    f.returns = annotation(n, "returns", /*required=*/false);
  }

  void fillFor(ForBase &f, PyObject *n) {
    f.target = expr(n, "target");
    f.iter = expr(n, "iter");
    f.body = stmts(n, "body");
    f.orelse = stmts(n, "orelse");
  }

  void fillWith(WithBase &w, PyObject *n) {
    w.items = withItems(n);
    w.body = stmts(n, "body");
  }

  void fillTry(TryBase &t, PyObject *n) {
    t.body = stmts(n, "body");
    t.handlers = handlers(n);
    t.orelse = stmts(n, "orelse");
    t.finalbody = stmts(n, "finalbody");
  }

  StmtPtr buildStmt(Stmt::Kind kind, PyObject *n) {
    using K = Stmt::Kind;
    switch (kind) {
    case K::FunctionDef: {
      auto x = std::make_unique<FunctionDef>();
      fillFunction(*x, n);
      return x;
    }
    case K::AsyncFunctionDef: {
      auto x = std::make_unique<AsyncFunctionDef>();
      fillFunction(*x, n);
      return x;
    }
    case K::ClassDef: {
      auto x = std::make_unique<ClassDef>();
      x->name = str(n, "name");
      x->bases = exprs(n, "bases");
      x->keywords = keywords(n, "keywords");
      x->body = stmts(n, "body");
      x->decorator_list = exprs(n, "decorator_list");
      return x;
    }
    case K::Return: {
      auto x = std::make_unique<Return>();
      x->value = optExpr(n, "value");
      return x;
    }
    case K::Delete: {
      auto x = std::make_unique<Delete>();
      x->targets = exprs(n, "targets");
      return x;
    }
    case K::Assign: {
      auto x = std::make_unique<Assign>();
      x->targets = exprs(n, "targets");
      x->value = expr(n, "value");
      return x;
    }
    case K::AugAssign: {
      auto x = std::make_unique<AugAssign>();
      x->target = expr(n, "target");
      x->op = op(n, "op", kBinOps);
      x->value = expr(n, "value");
      return x;
    }
    case K::AnnAssign: {
      auto x = std::make_unique<AnnAssign>();
      x->target = expr(n, "target");
      x->annotation = annotation(n, "annotation", /*required=*/true);
      x->value = optExpr(n, "value");
      x->simple = integer(n, "simple") != 0;
      return x;
    }
    case K::For: {
      auto x = std::make_unique<For>();
      fillFor(*x, n);
      return x;
    }
    case K::AsyncFor: {
      auto x = std::make_unique<AsyncFor>();
      fillFor(*x, n);
      return x;
    }
    case K::While: {
      auto x = std::make_unique<While>();
      x->test = expr(n, "test");
      x->body = stmts(n, "body");
      x->orelse = stmts(n, "orelse");
      return x;
    }
    case K::If: {
      auto x = std::make_unique<If>();
      x->test = expr(n, "test");
      x->body = stmts(n, "body");
      x->orelse = stmts(n, "orelse");
      return x;
    }
    case K::With: {
      auto x = std::make_unique<With>();
      fillWith(*x, n);
      return x;
    }
    case K::AsyncWith: {
      auto x = std::make_unique<AsyncWith>();
      fillWith(*x, n);
      return x;
    }
    case K::Match: {
      auto x = std::make_unique<Match>();
      x->subject = expr(n, "subject");
      x->cases = matchCases(n);
      return x;
    }
    case K::Raise: {
      auto x = std::make_unique<Raise>();
      x->exc = optExpr(n, "exc");
      x->cause = optExpr(n, "cause");
      return x;
    }
    case K::Try: {
      auto x = std::make_unique<Try>();
      fillTry(*x, n);
      return x;
    }
    case K::TryStar: {
      auto x = std::make_unique<TryStar>();
      fillTry(*x, n);
      return x;
    }
    case K::Assert: {
      auto x = std::make_unique<Assert>();
      x->test = expr(n, "test");
      x->msg = optExpr(n, "msg");
      return x;
    }
    case K::Import: {
      auto x = std::make_unique<Import>();
      x->names = aliases(n);
      return x;
    }
    case K::ImportFrom: {
      auto x = std::make_unique<ImportFrom>();
      x->module = optStr(n, "module");
      x->names = aliases(n);
      x->level = (int)integer(n, "level");
      return x;
    }
    case K::Global: {
      auto x = std::make_unique<Global>();
      x->names = strs(n, "names");
      return x;
    }
    case K::Nonlocal: {
      auto x = std::make_unique<Nonlocal>();
      x->names = strs(n, "names");
      return x;
    }
    case K::Expr: {
      auto x = std::make_unique<ExprStmt>();
      x->value = expr(n, "value");
      return x;
    }
    case K::Pass:
      return std::make_unique<Pass>();
    case K::Break:
      return std::make_unique<Break>();
    case K::Continue:
      return std::make_unique<Continue>();
    }
    fail(n, "unhandled statement kind");
  }

  std::string path_;
  bool futureAnnotations_ = false; // PEP 563: annotations become strings
  int depth_ = 0;
};

// CPython's compile() refuses these; Py_CompileStringObject would silently stop at the
// first one, so we check before handing the text over as a C string.
void rejectNullBytes(const std::string &source, const std::string &path) {
  size_t nul = source.find('\0');
  if (nul != std::string::npos)
    throw CompileError(path, rangeAt(source, nul), "source code string cannot contain null bytes");
}

// The source as BOM-less UTF-8, decoded as CPython's tokenizer would (PEP 263 coding
// comments). We parse that text with PyCF_IGNORE_COOKIE, which makes CPython's
// SyntaxError offsets always count characters (they count bytes when it decodes nothing).
std::string decodeSource(const std::string &source, const std::string &path) {
  std::string text = source;
  bool bom = text.compare(0, 3, "\xEF\xBB\xBF") == 0;
  if (bom)
    text.erase(0, 3);
  int cookieLine = 0;
  std::string enc = declaredEncoding(text, &cookieLine);
  if (enc.empty() || enc == "utf-8") {
    size_t bad = 0;
    if (!isValidUTF8(text, &bad))
      throw CompileError(path, rangeAt(text, bad), "source is not valid UTF-8");
    return text;
  }
  SourceRange cookie;
  cookie.line = cookieLine;
  if (bom)
    throw CompileError(path, cookie, "encoding problem: " + enc + " with BOM");
  Ref decoded(PyUnicode_Decode(text.data(), (Py_ssize_t)text.size(), enc.c_str(), "strict"));
  if (!decoded || !PyUnicode_Check(decoded.get())) {
    // CPython reports unknown encodings and undecodable text alike.
    PyErr_Clear();
    throw CompileError(path, cookie, "encoding problem: " + enc);
  }
  std::string utf8Text = utf8(decoded.get());
  rejectNullBytes(utf8Text, path);
  return utf8Text;
}

} // namespace

std::unique_ptr<ast::Module> parseModule(const std::string &source, const std::string &absPath) {
  rejectNullBytes(source, absPath);
  if (!Py_IsInitialized())
    throw CompileError(absPath, {}, "internal error: the Python interpreter is not initialised");

  // Destroyed in reverse order: every reference is dropped and sys.modules restored before
  // the GIL is released.
  GILGuard gil;
  InterpreterStateGuard cleanup;
  std::string text = decodeSource(source, absPath);
  Ref filename(PyUnicode_DecodeFSDefault(absPath.c_str()));
  if (!filename)
    throw takeParseError(absPath, text);
  PyCompilerFlags flags = {PyCF_ONLY_AST | PyCF_IGNORE_COOKIE, PY_MINOR_VERSION};
  Ref tree(Py_CompileStringObject(text.c_str(), filename.get(), Py_file_input, &flags, -1));
  if (!tree)
    throw takeParseError(absPath, text);
  return Converter(absPath).module(tree.get());
}

std::unique_ptr<ast::Module> convertModule(PyObjectHandle tree, const std::string &absPath) {
  return Converter(absPath).module(tree);
}

} // namespace pylc
