// `@pylc.cfunc(...)` on a module-level def: the function's body becomes a direct call of the
// C function of that name (a `ccall`), with its parameters converted to the C types their
// annotations name. The decorator itself is not called: under the interpreter it is the
// `pylc` package's ctypes path (python/pylc/__init__.py), which behaves the same.
#include "lowering/LowerImpl.h"

#include "llvm/Support/Casting.h"

using namespace llvm;
using pylc::ir::Opcode;
using pylc::ir::Value;

namespace pylc {

PylcNames pylcNamesOf(const ast::Module &m) {
  PylcNames names;
  for (auto &s : m.body) {
    if (auto *imp = dyn_cast<ast::Import>(s.get())) {
      for (auto &a : imp->names)
        if (a.name == "pylc")
          names.modules.insert(a.asname ? *a.asname : a.name);
    } else if (auto *from = dyn_cast<ast::ImportFrom>(s.get())) {
      if (from->level != 0 || !from->module || *from->module != "pylc")
        continue;
      for (auto &a : from->names) {
        const std::string &bound = a.asname ? *a.asname : a.name;
        if (a.name == "cfunc")
          names.cfunc.insert(bound);
        else if (a.name == "ptr")
          names.ptr.insert(bound);
      }
    }
  }
  return names;
}

namespace {

bool namesPylc(const ast::Expr &e, const std::string &attr, const PylcNames &p,
               const std::set<std::string> &direct);

} // namespace

std::map<std::string, CFuncDecl> cfuncDeclsOf(const ast::Module &m, const PylcNames &names) {
  std::map<std::string, CFuncDecl> decls;
  std::set<std::string> twice;
  for (auto &s : m.body) {
    auto *f = dyn_cast<ast::FunctionDef>(s.get());
    if (!f || f->decorator_list.size() != 1)
      continue;
    auto *call = dyn_cast<ast::Call>(f->decorator_list[0].get());
    if (!call || !namesPylc(*call->func, "cfunc", names, names.cfunc))
      continue;
    if (decls.count(f->name))
      twice.insert(f->name);
    decls[f->name].nparams = f->args.args.size();
  }
  for (auto &n : twice)
    decls.erase(n);
  return decls;
}

namespace {

// `X.attr` with X a name bound to the pylc package, or a name bound to pylc's `attr`.
bool namesPylc(const ast::Expr &e, const std::string &attr, const PylcNames &p,
               const std::set<std::string> &direct) {
  if (auto *n = dyn_cast<ast::Name>(&e))
    return direct.count(n->id) > 0;
  if (auto *a = dyn_cast<ast::Attribute>(&e))
    if (auto *n = dyn_cast<ast::Name>(a->value.get()))
      return a->attr == attr && p.modules.count(n->id) > 0;
  return false;
}

std::string stringArg(const ast::Expr &e) {
  auto *c = dyn_cast<ast::Constant>(&e);
  return c && c->value.kind == ast::ConstantValue::Kind::Str ? c->value.text : "";
}

} // namespace

const ast::Call *FunctionLowering::cfuncDecorator(const ast::FunctionDefBase &f) const {
  const PylcNames &p = shared_.pylc;
  if (p.modules.empty() && p.cfunc.empty())
    return nullptr;
  for (auto &d : f.decorator_list) {
    if (namesPylc(*d, "cfunc", p, p.cfunc))
      syntaxError(d->loc, "@pylc.cfunc needs the C source: @pylc.cfunc(\"file.c\")");
    auto *call = dyn_cast<ast::Call>(d.get());
    if (!call || !namesPylc(*call->func, "cfunc", p, p.cfunc))
      continue;
    if (f.decorator_list.size() != 1)
      syntaxError(d->loc, "@pylc.cfunc must be the function's only decorator");
    if (sym_.kind != SymbolScope::Kind::Module || f.kind != ast::Stmt::Kind::FunctionDef)
      syntaxError(f.loc, "@pylc.cfunc declares a module-level def (not a method, a nested or "
                         "an async function)");
    return call;
  }
  return nullptr;
}

// The ccall type an annotation names; an error for anything else.
std::string FunctionLowering::cfuncType(const ast::Expr *annotation, SourceRange loc,
                                        bool result) const {
  if (!annotation) {
    if (result)
      return "None";
    syntaxError(loc, "a @pylc.cfunc parameter needs an annotation: int, float, bool, bytes or "
                     "pylc.ptr");
  }
  if (auto *n = dyn_cast<ast::Name>(annotation))
    if (n->id == "int" || n->id == "float" || n->id == "bool" || n->id == "bytes")
      return n->id;
  // Under `from __future__ import annotations` the annotation is its source text.
  if (auto *c = dyn_cast<ast::Constant>(annotation);
      c && c->value.kind == ast::ConstantValue::Kind::Str) {
    const std::string &t = c->value.text;
    if (t == "int" || t == "float" || t == "bool" || t == "bytes" || (result && t == "None"))
      return t;
    size_t dot = t.find('.');
    if (shared_.pylc.ptr.count(t) || (dot != std::string::npos && t.substr(dot) == ".ptr" &&
                                      shared_.pylc.modules.count(t.substr(0, dot))))
      return "ptr";
  }
  if (namesPylc(*annotation, "ptr", shared_.pylc, shared_.pylc.ptr))
    return "ptr";
  if (auto *c = dyn_cast<ast::Constant>(annotation);
      result && c && c->value.kind == ast::ConstantValue::Kind::None)
    return "None";
  syntaxError(annotation->loc, std::string("a @pylc.cfunc ") + (result ? "result" : "parameter") +
                                   " must be annotated int, float, bool, bytes, pylc.ptr" +
                                   (result ? " or None" : ""));
}

void FunctionLowering::cfuncDef(const ast::FunctionDefBase &f, const ast::Call &decorator) {
  // The C symbol: the def's name, or name="..." of the decorator.
  if (decorator.args.size() != 1 || stringArg(*decorator.args[0]).empty())
    syntaxError(decorator.loc, "@pylc.cfunc takes the C source file as a string: "
                               "@pylc.cfunc(\"file.c\")");
  std::string symbol = f.name;
  for (auto &k : decorator.keywords) {
    if (!k.arg || *k.arg != "name" || stringArg(*k.value).empty())
      syntaxError(k.loc, "@pylc.cfunc takes one keyword: name=\"C symbol\"");
    symbol = stringArg(*k.value);
  }
  const ast::Arguments &a = f.args;
  if (a.vararg || a.kwarg || !a.kwonlyargs.empty() || !a.posonlyargs.empty())
    syntaxError(f.loc, "a @pylc.cfunc function has plain parameters only (no /, *, *args or "
                       "**kwargs)");
  std::vector<std::string> signature = {cfuncType(f.returns.get(), f.loc, true)};
  for (auto &p : a.args)
    signature.push_back(cfuncType(p.annotation.get(), p.loc, false));
  size_t first = docstring(f.body) ? 1 : 0;
  for (size_t k = first; k < f.body.size(); ++k) {
    auto *e = dyn_cast<ast::ExprStmt>(f.body[k].get());
    auto *c = e ? dyn_cast<ast::Constant>(e->value.get()) : nullptr;
    if (!c || c->value.kind != ast::ConstantValue::Kind::Ellipsis)
      syntaxError(f.body[k]->loc, "the body of a @pylc.cfunc function must be `...`: the C "
                                  "function is its body");
  }

  at(f.loc);
  const SymbolScope &scope = table_.scopeOf(&f);
  ir::Function *child = defFunction(f, scope, decorator.loc.line);
  Value *kwdefaults;
  Value *defaults = defaultsOf(f.args, &kwdefaults);
  Value *annotations = annotationsOf(f.args, f.returns.get());
  FunctionLowering body(shared_, module_, child, file_, table_, scope, private_);
  body.lowerCFuncBody(f, symbol, signature);
  // Call sites lowered so far (in functions defined earlier) learn their callee now.
  auto decl = shared_.cfuncs.find(f.name);
  if (decl != shared_.cfuncs.end() && sym_.kind == SymbolScope::Kind::Module && !decl->second.fn) {
    decl->second.fn = child;
    decl->second.symbol = symbol;
    decl->second.signature = signature;
    for (ir::Instr *site : decl->second.pending) {
      site->callee = child;
      site->name = symbol;
      site->names = signature;
    }
    decl->second.pending.clear();
  }
  at(f.loc);
  Value *result = makeFunction(child, scope, defaults, kwdefaults, annotations);
  at(f.loc);
  storeName(f.name, result);
}

// return ccall(params...), at the def's location (where a conversion error is reported).
void FunctionLowering::lowerCFuncBody(const ast::FunctionDefBase &f, const std::string &symbol,
                                      const std::vector<std::string> &signature) {
  startBlock(b_.newBlock());
  beginFunction();
  at(f.loc);
  std::vector<Value *> args;
  for (auto &p : f.args.args) {
    ir::Instr *v = b_.named(Opcode::LocalLoad, p.arg, {});
    v->imm = slotOf(p.arg);
    args.push_back(v);
  }
  at(f.loc);
  ir::Instr *call = b_.create(Opcode::CCall, args);
  call->name = symbol;
  call->names = signature;
  releaseAll(args);
  b_.ret(call);
  finishSlots();
}

Value *FunctionLowering::cfuncCall(const ast::Call &e, CFuncDecl &decl) {
  std::vector<Value *> operands = {expr(*e.func)};
  for (auto &a : e.args)
    operands.push_back(expr(*a));
  at(e.loc);
  ir::Instr *c = b_.create(Opcode::CCall, operands);
  c->imm = 1;
  releaseAll(operands);
  if (decl.fn) {
    c->callee = decl.fn;
    c->name = decl.symbol;
    c->names = decl.signature;
  } else {
    decl.pending.push_back(c);
  }
  return c;
}

} // namespace pylc
