// The module driver of the lowering, and `def` (which creates a nested function's PIR).
#include "lowering/Lower.h"

#include "lowering/LowerImpl.h"

#include "llvm/Support/Casting.h"

#include <set>

using namespace llvm;
using pylc::ir::Opcode;
using pylc::ir::Value;

namespace pylc {

namespace {
// A leading string constant is the docstring.
const std::string *docstring(const ast::StmtList &body) {
  if (body.empty())
    return nullptr;
  auto *e = dyn_cast<ast::ExprStmt>(body.front().get());
  if (!e)
    return nullptr;
  auto *c = dyn_cast<ast::Constant>(e->value.get());
  if (!c || c->value.kind != ast::ConstantValue::Kind::Str)
    return nullptr;
  return &c->value.text;
}

// Fills the Python-visible signature and returns the parameter names in CPython order.
std::vector<std::string> signatureOf(const std::string &file, const ast::FunctionDefBase &f,
                                     ir::Signature &sig) {
  const ast::Arguments &a = f.args;
  std::vector<std::string> names;
  for (auto &p : a.posonlyargs)
    names.push_back(p.arg);
  for (auto &p : a.args)
    names.push_back(p.arg);
  for (auto &p : a.kwonlyargs)
    names.push_back(p.arg);
  if (a.vararg)
    names.push_back(a.vararg->arg);
  if (a.kwarg)
    names.push_back(a.kwarg->arg);
  std::set<std::string> seen;
  for (auto &n : names)
    if (!seen.insert(n).second)
      throw CompileError(file, f.loc, "duplicate argument '" + n + "' in function definition");
  sig.params = names;
  sig.posonlyargcount = a.posonlyargs.size();
  sig.argcount = a.posonlyargs.size() + a.args.size();
  sig.kwonlyargcount = a.kwonlyargs.size();
  sig.varargs = a.vararg.has_value();
  sig.varkw = a.kwarg.has_value();
  sig.numDefaults = a.defaults.size();
  for (auto &d : a.kw_defaults)
    sig.hasKwDefaults |= d != nullptr;
  return names;
}

bool hasModuleAnnotations(const ast::StmtList &body) {
  for (auto &s : body) {
    if (auto *a = dyn_cast<ast::AnnAssign>(s.get()); a && a->simple)
      return true;
    if (auto *i = dyn_cast<ast::If>(s.get()))
      if (hasModuleAnnotations(i->body) || hasModuleAnnotations(i->orelse))
        return true;
    if (auto *w = dyn_cast<ast::While>(s.get()))
      if (hasModuleAnnotations(w->body) || hasModuleAnnotations(w->orelse))
        return true;
    if (auto *f = dyn_cast<ast::For>(s.get()))
      if (hasModuleAnnotations(f->body) || hasModuleAnnotations(f->orelse))
        return true;
  }
  return false;
}
} // namespace

void FunctionLowering::functionDef(const ast::FunctionDefBase &f) {
  // Decorators are evaluated first, then defaults, as CPython does.
  std::vector<Value *> decorators;
  for (auto &d : f.decorator_list)
    decorators.push_back(b_.owned(expr(*d)));
  at(f.loc);

  std::string qualname =
      scope_.isModule ? f.name : fn_->qualname() + ".<locals>." + f.name;
  ir::Function *child = module_.addFunction(f.name, qualname, false);
  std::vector<std::string> params = signatureOf(file_, f, child->signature);
  child->firstLine = f.decorator_list.empty() ? f.loc.line : f.decorator_list.front()->loc.line;
  if (const std::string *doc = docstring(f.body)) {
    child->doc = *doc;
    child->hasDoc = true;
  }
  for (auto &p : params)
    child->addParam(p);
  std::vector<Value *> operands;
  if (!f.args.defaults.empty()) {
    // CPython's code generator turns a tuple built from constants into a constant
    // (fold_tuple_on_constants), so equal defaults share one tuple object.
    bool allConstant = true;
    for (auto &d : f.args.defaults)
      allConstant &= isa<ast::Constant>(d.get());
    if (allConstant) {
      ast::ConstantValue t;
      t.kind = ast::ConstantValue::Kind::Tuple;
      for (auto &d : f.args.defaults)
        t.elts.push_back(cast<ast::Constant>(*d).value);
      operands.push_back(constant(t));
    } else {
      operands.push_back(b_.create(Opcode::BuildTuple, ownedExprs(f.args.defaults)));
    }
  }
  if (child->signature.hasKwDefaults) {
    std::vector<Value *> items;
    for (size_t i = 0; i < f.args.kwonlyargs.size(); ++i) {
      if (!f.args.kw_defaults[i])
        continue;
      items.push_back(b_.incref(b_.str(f.args.kwonlyargs[i].arg)));
      items.push_back(b_.owned(expr(*f.args.kw_defaults[i])));
    }
    operands.push_back(b_.create(Opcode::BuildDict, items));
  }
  // The body is lowered after the defaults, where CPython compiles it.
  FunctionLowering body(
      shared_, module_, child, file_,
      analyseScope(file_, f.body, params, false, scope_.isModule ? nullptr : &scope_));
  body.lowerBody(f.body, params);
  at(f.loc);
  ir::Instr *fnObj = b_.create(Opcode::MakeFunction, operands);
  fnObj->callee = child;
  releaseAll(operands);
  Value *result = fnObj;
  for (size_t i = decorators.size(); i-- > 0;) {
    at(f.decorator_list[i]->loc);
    Value *decorated = b_.create(Opcode::Call, {decorators[i], result});
    b_.decref(decorators[i]);
    b_.decref(result);
    result = decorated;
  }
  at(f.loc);
  storeName(f.name, result);
}

void FunctionLowering::lowerModuleBody(const ast::StmtList &body) {
  startBlock(b_.newBlock());
  if (fn_->hasDoc)
    storeName("__doc__", b_.incref(b_.str(fn_->doc)));
  if (hasModuleAnnotations(body))
    storeName("__annotations__", b_.create(Opcode::BuildDict, {}));
  stmts(body);
  if (b_.isOpen())
    b_.ret(b_.incref(b_.none()));
}

std::unique_ptr<ir::Module> lowerModule(const ast::Module &module, const std::string &moduleName) {
  auto m = std::make_unique<ir::Module>(moduleName, module.path);
  ir::Function *body = m->addFunction("<module>", "<module>", true);
  if (const std::string *doc = docstring(module.body)) {
    body->doc = *doc;
    body->hasDoc = true;
  }
  ModuleLowering shared;
  FunctionLowering lowering(shared, *m, body, module.path,
                            analyseScope(module.path, module.body, {}, true, nullptr));
  lowering.lowerModuleBody(module.body);
  return m;
}

} // namespace pylc
