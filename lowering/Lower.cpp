// The module driver of the lowering, and `def` (which creates a nested function's PIR).
#include "lowering/Lower.h"

#include "lowering/LowerImpl.h"

#include "llvm/Support/Casting.h"

#include <functional>

using namespace llvm;
using pylc::ir::Opcode;
using pylc::ir::Value;

namespace pylc {

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

// The function's parameters, their names mangled as co_varnames has them.
void addParams(ir::Function *f, const std::vector<std::string> &names,
               const std::string &privateName) {
  f->signature.params.clear();
  for (auto &n : names)
    f->signature.params.push_back(f->addParam(mangle(privateName, n))->name());
}

namespace {
// Fills the Python-visible signature and returns the parameter names in CPython order.
std::vector<std::string> argumentNames(const ast::Arguments &a, ir::Signature &sig) {
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
} // namespace

std::vector<std::string> signatureOf(const std::string &, const ast::FunctionDefBase &f,
                                     ir::Signature &sig) {
  return argumentNames(f.args, sig);
}

namespace {

// find_ann: any annotated assignment, also inside compound statements (not in nested
// functions or classes), makes a module or class body set up __annotations__.
bool hasModuleAnnotations(const ast::StmtList &body) {
  for (auto &s : body) {
    switch (s->kind) {
    case ast::Stmt::Kind::AnnAssign:
      return true;
    case ast::Stmt::Kind::If: {
      auto &i = cast<ast::If>(*s);
      if (hasModuleAnnotations(i.body) || hasModuleAnnotations(i.orelse))
        return true;
      break;
    }
    case ast::Stmt::Kind::While: {
      auto &w = cast<ast::While>(*s);
      if (hasModuleAnnotations(w.body) || hasModuleAnnotations(w.orelse))
        return true;
      break;
    }
    case ast::Stmt::Kind::For:
    case ast::Stmt::Kind::AsyncFor: {
      auto &f = cast<ast::ForBase>(*s);
      if (hasModuleAnnotations(f.body) || hasModuleAnnotations(f.orelse))
        return true;
      break;
    }
    case ast::Stmt::Kind::With:
    case ast::Stmt::Kind::AsyncWith:
      if (hasModuleAnnotations(cast<ast::WithBase>(*s).body))
        return true;
      break;
    case ast::Stmt::Kind::Try:
    case ast::Stmt::Kind::TryStar: {
      auto &t = cast<ast::TryBase>(*s);
      for (auto &h : t.handlers)
        if (hasModuleAnnotations(h.body))
          return true;
      if (hasModuleAnnotations(t.body) || hasModuleAnnotations(t.finalbody) ||
          hasModuleAnnotations(t.orelse))
        return true;
      break;
    }
    case ast::Stmt::Kind::Match:
      for (auto &c : cast<ast::Match>(*s).cases)
        if (hasModuleAnnotations(c.body))
          return true;
      break;
    default:
      break;
    }
  }
  return false;
}
} // namespace

std::string FunctionLowering::qualnameOf(const std::string &name) const {
  // compiler_set_qualname: module-level and `global` names are plain; inside a function
  // (or lambda) they get `.<locals>.`, inside a class or comprehension just a dot.
  if (sym_.kind == SymbolScope::Kind::Module)
    return name;
  if (sym_.scopeOf(mangle(private_, name)) == NameScope::GlobalExplicit)
    return name;
  bool function = sym_.kind == SymbolScope::Kind::Function && !sym_.isComprehension;
  return fn_->qualname() + (function ? ".<locals>." : ".") + name;
}

ir::Function *FunctionLowering::newFunction(const std::string &name, ir::FunctionKind kind,
                                            const SymbolScope &scope, int firstLine) {
  ir::Function *child = module_.addFunction(name, qualnameOf(name), kind);
  child->firstLine = firstLine;
  child->isGenerator = scope.isGenerator;
  child->isCoroutine = scope.isCoroutine;
  child->isNested = scope.isNested;
  return child;
}

Value *FunctionLowering::defaultsOf(const ast::Arguments &a, Value **kwdefaults) {
  Value *defaults = nullptr;
  if (!a.defaults.empty()) {
    // CPython's code generator turns a tuple built from constants into a constant
    // (fold_tuple_on_constants), so equal defaults share one tuple object.
    bool allConstant = true;
    for (auto &d : a.defaults)
      allConstant &= isa<ast::Constant>(d.get());
    if (allConstant) {
      ast::ConstantValue t;
      t.kind = ast::ConstantValue::Kind::Tuple;
      for (auto &d : a.defaults)
        t.elts.push_back(cast<ast::Constant>(*d).value);
      defaults = constant(t);
    } else {
      defaults = b_.create(Opcode::BuildTuple, ownedExprs(a.defaults));
    }
  }
  *kwdefaults = nullptr;
  std::vector<Value *> items;
  for (size_t i = 0; i < a.kwonlyargs.size(); ++i) {
    if (!a.kw_defaults[i])
      continue;
    items.push_back(b_.incref(b_.str(mangle(private_, a.kwonlyargs[i].arg))));
    items.push_back(b_.owned(expr(*a.kw_defaults[i])));
  }
  if (!items.empty())
    *kwdefaults = b_.create(Opcode::BuildDict, items);
  return defaults;
}

// compiler_visit_annotations: the order is CPython's (args before posonlyargs).
Value *FunctionLowering::annotationsOf(const ast::Arguments &a, const ast::Expr *returns) {
  std::vector<Value *> items;
  auto add = [&](const std::string &name, const ast::Expr *ann) {
    if (!ann)
      return;
    items.push_back(b_.incref(b_.str(mangle(private_, name))));
    if (auto *star = dyn_cast<ast::Starred>(ann)) {
      // PEP 646, `*args: *Ts`: the one item that unpacking Ts gives (UNPACK_SEQUENCE 1).
      Value *v = expr(*star->value);
      at(ann->loc);
      Value *tuple = b_.withImm(Opcode::Unpack, 1, {v});
      b_.release(v);
      items.push_back(b_.owned(b_.withImm(Opcode::TupleGet, 0, {tuple})));
      b_.decref(tuple);
      return;
    }
    items.push_back(b_.owned(expr(*ann)));
  };
  for (auto *list : {&a.args, &a.posonlyargs})
    for (auto &p : *list)
      add(p.arg, p.annotation.get());
  if (a.vararg)
    add(a.vararg->arg, a.vararg->annotation.get());
  for (auto &p : a.kwonlyargs)
    add(p.arg, p.annotation.get());
  if (a.kwarg)
    add(a.kwarg->arg, a.kwarg->annotation.get());
  add("return", returns);
  return items.empty() ? nullptr : b_.create(Opcode::BuildDict, items);
}

Value *FunctionLowering::makeFunction(ir::Function *child, const SymbolScope &childScope,
                                      Value *defaults, Value *kwdefaults, Value *annotations) {
  std::vector<Value *> operands;
  int64_t flags = 0;
  for (auto [v, bit] : {std::pair{defaults, 1}, {kwdefaults, 2}, {annotations, 4}})
    if (v) {
      operands.push_back(v);
      flags |= bit;
    }
  std::vector<std::string> free = childScope.freevars();
  if (!free.empty()) {
    // LOAD_CLOSURE of each of the child's free variables, in co_freevars order.
    std::vector<Value *> cells;
    for (auto &name : free) {
      ir::Instr *ref = b_.named(Opcode::CellRef, name, {});
      // A method's __class__ is the class body's own implicit cell (get_ref_type).
      bool classCell = name == "__class__" && sym_.kind == SymbolScope::Kind::Class &&
                       sym_.needsClassClosure;
      ref->imm = classCell ? classCellSlot() : slotOf(name);
      cells.push_back(b_.incref(ref));
    }
    operands.push_back(b_.create(Opcode::BuildTuple, cells));
    flags |= 8;
  }
  ir::Instr *fnObj = b_.create(Opcode::MakeFunction, operands);
  fnObj->callee = child;
  fnObj->imm = flags;
  releaseAll(operands);
  return fnObj;
}

// Calls each decorator (evaluated first, applied innermost first) on `value`.
static Value *decorate(ir::Builder &b, const std::vector<ast::ExprPtr> &list,
                       std::vector<Value *> &decorators, Value *value,
                       const std::function<void(SourceRange)> &at) {
  for (size_t i = decorators.size(); i-- > 0;) {
    at(list[i]->loc);
    Value *decorated = b.create(Opcode::Call, {decorators[i], value});
    b.decref(decorators[i]);
    b.decref(value);
    value = decorated;
  }
  return value;
}

ir::Function *FunctionLowering::defFunction(const ast::FunctionDefBase &f,
                                            const SymbolScope &scope, int firstLine) {
  ir::Function *child = newFunction(f.name, ir::FunctionKind::Function, scope, firstLine);
  std::vector<std::string> params = signatureOf(file_, f, child->signature);
  if (const std::string *doc = docstring(f.body)) {
    child->doc = *doc;
    child->hasDoc = true;
  }
  addParams(child, params, private_);
  return child;
}

void FunctionLowering::functionDef(const ast::FunctionDefBase &f) {
  if (const ast::Call *c = cfuncDecorator(f))
    return cfuncDef(f, *c);
  // Decorators are evaluated first, then defaults and annotations, as CPython does.
  std::vector<Value *> decorators;
  for (auto &d : f.decorator_list)
    decorators.push_back(b_.owned(expr(*d)));
  at(f.loc);
  const SymbolScope &scope = table_.scopeOf(&f);
  int firstLine = f.decorator_list.empty() ? f.loc.line : f.decorator_list.front()->loc.line;
  ir::Function *child = defFunction(f, scope, firstLine);
  // Defaults and annotations are evaluated here before the body is lowered, where CPython
  // compiles it (the order in which constants are first seen matters, see ModuleLowering).
  Value *kwdefaults;
  Value *defaults = defaultsOf(f.args, &kwdefaults);
  Value *annotations = annotationsOf(f.args, f.returns.get());
  FunctionLowering body(shared_, module_, child, file_, table_, scope, private_);
  body.lowerBody(f.body);
  at(f.loc);
  Value *result = makeFunction(child, scope, defaults, kwdefaults, annotations);
  result = decorate(b_, f.decorator_list, decorators, result, [&](SourceRange l) { at(l); });
  at(f.loc);
  storeName(f.name, result);
}

Value *FunctionLowering::lambda(const ast::Lambda &e) {
  const SymbolScope &scope = table_.scopeOf(&e);
  ir::Function *child = newFunction("<lambda>", ir::FunctionKind::Lambda, scope, e.loc.line);
  std::vector<std::string> params = argumentNames(e.args, child->signature);
  addParams(child, params, private_);
  Value *kwdefaults;
  Value *defaults = defaultsOf(e.args, &kwdefaults);
  FunctionLowering body(shared_, module_, child, file_, table_, scope, private_);
  body.lowerLambdaBody(*e.body);
  at(e.loc);
  return makeFunction(child, scope, defaults, kwdefaults, nullptr);
}

void FunctionLowering::classDef(const ast::ClassDef &c) {
  std::vector<Value *> decorators;
  for (auto &d : c.decorator_list)
    decorators.push_back(b_.owned(expr(*d)));
  at(c.loc);
  const SymbolScope &scope = table_.scopeOf(&c);
  int firstLine = c.decorator_list.empty() ? c.loc.line : c.decorator_list.front()->loc.line;
  ir::Function *child = newFunction(c.name, ir::FunctionKind::ClassBody, scope, firstLine);
  if (const std::string *doc = docstring(c.body)) {
    child->doc = *doc;
    child->hasDoc = true;
  }
  FunctionLowering body(shared_, module_, child, file_, table_, scope, c.name);
  body.lowerClassBody(c);
  Value *bodyFn = makeFunction(child, scope, nullptr, nullptr, nullptr);
  // __build_class__(body, name, *bases, **keywords)
  bool stars = false;
  for (auto &base : c.bases)
    stars |= isa<ast::Starred>(base.get());
  for (auto &k : c.keywords)
    stars |= !k.arg;
  ir::Instr *cls;
  if (!stars) {
    std::vector<Value *> operands{bodyFn, b_.str(c.name)};
    std::vector<std::string> names;
    for (auto &base : c.bases)
      operands.push_back(expr(*base));
    for (auto &k : c.keywords) {
      operands.push_back(expr(*k.value));
      names.push_back(*k.arg);
    }
    at(c.loc);
    cls = b_.create(Opcode::BuildClass, operands);
    cls->names = names;
    releaseAll(operands);
  } else {
    // With * or ** the arguments are collected as a call with stars collects them.
    Value *list = b_.create(Opcode::BuildList, {bodyFn, b_.incref(b_.str(c.name))});
    for (auto &base : c.bases) {
      if (auto *st = dyn_cast<ast::Starred>(base.get())) {
        Value *it = expr(*st->value);
        b_.create(Opcode::ListExtend, {list, it});
        b_.release(it);
      } else {
        Value *v = expr(*base);
        b_.create(Opcode::ListAppend, {list, v});
        b_.release(v);
      }
    }
    Value *args = b_.create(Opcode::ListToTuple, {list});
    b_.decref(list);
    Value *kwargs = b_.create(Opcode::BuildDict, {});
    for (auto &k : c.keywords) {
      Value *v = expr(*k.value);
      Value *mapping = v;
      if (k.arg)
        mapping = b_.create(Opcode::BuildDict, {b_.incref(b_.str(*k.arg)), b_.owned(v)});
      b_.create(Opcode::KwargsMerge, {kwargs, mapping, b_.none()});
      b_.release(mapping);
    }
    at(c.loc);
    cls = b_.create(Opcode::BuildClassEx, {args, kwargs});
    b_.decref(args);
    b_.decref(kwargs);
  }
  Value *result = decorate(b_, c.decorator_list, decorators, cls, [&](SourceRange l) { at(l); });
  at(c.loc);
  storeName(c.name, result);
}

Value *FunctionLowering::comprehension(const ast::Expr &e) {
  const SymbolScope &scope = table_.scopeOf(&e);
  static const char *const kNames[] = {"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
  using K = ast::Expr::Kind;
  int which = e.kind == K::ListComp ? 0 : e.kind == K::SetComp ? 1 : e.kind == K::DictComp ? 2 : 3;
  // compiler_comprehension: a list, set or dict comprehension that awaits is a coroutine
  // the enclosing code awaits, so it must be in an async function (or a comprehension);
  // an asynchronous generator expression is an async generator and can be anywhere.
  bool awaited = scope.isCoroutine && which != 3;
  if (awaited && !isAsyncDef() && !sym_.isComprehension)
    syntaxError(e.loc, "asynchronous comprehension outside of an asynchronous function");
  ir::Function *child = newFunction(kNames[which], ir::FunctionKind::Comprehension, scope,
                                    e.loc.line);
  child->signature.params = {".0"};
  child->signature.argcount = 1;
  child->addParam(".0");
  FunctionLowering body(shared_, module_, child, file_, table_, scope, private_);
  body.lowerComprehensionBody(e);
  Value *fn = makeFunction(child, scope, nullptr, nullptr, nullptr);
  // The first iterable is evaluated (and made an iterator) here, in the enclosing scope.
  const ast::Comprehension &first =
      which == 0   ? cast<ast::ListComp>(e).generators[0]
      : which == 1 ? cast<ast::SetComp>(e).generators[0]
      : which == 2 ? cast<ast::DictComp>(e).generators[0]
                   : cast<ast::GeneratorExp>(e).generators[0];
  Value *iterable = expr(*first.iter);
  at(e.loc); // GET_ITER (GET_AITER) has the comprehension's location
  Value *it = b_.create(first.is_async ? Opcode::GetAIter : Opcode::GetIter, {iterable});
  b_.release(iterable);
  at(e.loc);
  Value *result = b_.create(Opcode::Call, {fn, it});
  b_.decref(fn);
  b_.decref(it);
  if (awaited)
    result = awaitValue(result, 0);
  return result;
}

// compiler_class: the body records __module__ and __qualname__ (and __doc__), runs, and
// returns its __class__ cell (also stored as __classcell__) when methods use it.
void FunctionLowering::lowerClassBody(const ast::ClassDef &c) {
  startBlock(b_.newBlock());
  beginFunction();
  at(c.loc);
  storeName("__module__", loadName("__name__", c.loc));
  storeName("__qualname__", b_.incref(b_.str(fn_->qualname())));
  if (hasModuleAnnotations(c.body)) {
    at(c.loc);
    b_.create(Opcode::SetupAnnotations, {});
  }
  if (fn_->hasDoc)
    storeName("__doc__", b_.incref(b_.str(fn_->doc)));
  stmts(c.body);
  if (b_.isOpen()) {
    Value *result;
    if (sym_.needsClassClosure) {
      ir::Instr *cell = b_.named(Opcode::CellRef, "__class__", {});
      cell->imm = classCellSlot();
      storeName("__classcell__", b_.incref(cell));
      result = b_.incref(cell);
    } else {
      result = b_.incref(b_.none());
    }
    b_.ret(result);
  }
  finishSlots();
}

void FunctionLowering::lowerModuleBody(const ast::StmtList &body) {
  startBlock(b_.newBlock());
  if (hasModuleAnnotations(body))
    storeName("__annotations__", b_.create(Opcode::BuildDict, {}));
  if (fn_->hasDoc)
    storeName("__doc__", b_.incref(b_.str(fn_->doc)));
  stmts(body);
  if (b_.isOpen())
    implicitReturn();
}

std::unique_ptr<ir::Module> lowerModule(const ast::Module &module, const std::string &moduleName) {
  auto m = std::make_unique<ir::Module>(moduleName, module.path);
  std::unique_ptr<SymbolTable> table = SymbolTable::build(module.path, module);
  ir::Function *body = m->addFunction("<module>", "<module>", ir::FunctionKind::Module);
  if (const std::string *doc = docstring(module.body)) {
    body->doc = *doc;
    body->hasDoc = true;
  }
  ModuleLowering shared;
  shared.pylc = pylcNamesOf(module);
  shared.cfuncs = cfuncDeclsOf(module, shared.pylc);
  FunctionLowering lowering(shared, *m, body, module.path, *table, table->top(), "");
  lowering.lowerModuleBody(module.body);
  return m;
}

} // namespace pylc
