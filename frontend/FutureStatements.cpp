#include "frontend/FutureStatements.h"

#include "frontend/Diagnostics.h"

#include <algorithm>
#include <array>

namespace pylc {

using llvm::cast;
using llvm::dyn_cast;

namespace {

bool isFutureImport(const ast::Stmt &s) {
  // As compile.c and future.c compare it: the module name only, whatever the level.
  auto *f = dyn_cast<ast::ImportFrom>(&s);
  return f && f->module && *f->module == "__future__";
}

bool isDocstring(const ast::Stmt &s) {
  auto *e = dyn_cast<ast::ExprStmt>(&s);
  if (!e)
    return false;
  auto *c = dyn_cast<ast::Constant>(e->value.get());
  return c && c->value.kind == ast::ConstantValue::Kind::Str;
}

// The features Python 3.11's future.c accepts.
bool isKnownFeature(const std::string &name) {
  static const std::array<const char *, 10> known = {
      "nested_scopes",  "generators",       "division",       "absolute_import", "with_statement",
      "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",  "annotations"};
  return std::any_of(known.begin(), known.end(), [&](const char *k) { return name == k; });
}

// future_check_features: the location is the whole statement, columns 1-based in CPython's
// SyntaxError, so our 0-based column is the statement's own.
void checkFeatures(const std::string &path, const ast::ImportFrom &s) {
  for (auto &alias : s.names) {
    if (isKnownFeature(alias.name))
      continue;
    std::string msg = alias.name == "braces"
                          ? "not a chance"
                          : "future feature " + alias.name.substr(0, 100) + " is not defined";
    throw CompileError(path, s.loc, msg);
  }
}

// future_parse: the future statements that open the module. Returns the line of the last one (0
// if none), the line compile.c compares later ones with.
int checkLeadingFutures(const ast::Module &m) {
  const ast::StmtList &body = m.body;
  size_t i = !body.empty() && isDocstring(*body.front()) ? 1 : 0;
  bool done = false;
  int prevLine = 0, futureLine = 0;
  for (; i < body.size(); ++i) {
    const ast::Stmt &s = *body[i];
    if (done && s.loc.line > prevLine)
      break;
    prevLine = s.loc.line;
    if (!isFutureImport(s)) {
      done = true;
      continue;
    }
    if (done) {
      // A future statement after another import on the same line, joined by `;`. CPython gives
      // the statement's 0-based column as the SyntaxError's 1-based offset; so do we.
      SourceRange loc = s.loc;
      loc.col = std::max(0, loc.col - 1);
      loc.endLine = loc.endCol = 0;
      throw CompileError(m.path, loc,
                         "from __future__ imports must occur at the beginning of the file");
    }
    checkFeatures(m.path, cast<ast::ImportFrom>(s));
    futureLine = s.loc.line;
  }
  return futureLine;
}

// compiler_from_import: any later future statement, at any depth.
void checkLateFutures(const std::string &path, const ast::StmtList &body, int futureLine) {
  for (auto &s : body) {
    if (isFutureImport(*s) && s->loc.line > futureLine)
      throw CompileError(path, s->loc,
                         "from __future__ imports must occur at the beginning of the file");
    ast::forEachBody(
        *s, [&](const ast::StmtList &inner) { checkLateFutures(path, inner, futureLine); });
  }
}

} // namespace

void checkFutureStatements(const ast::Module &module) {
  checkLateFutures(module.path, module.body, checkLeadingFutures(module));
}

} // namespace pylc
