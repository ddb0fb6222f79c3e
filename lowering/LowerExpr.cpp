// Lowering of expressions. Evaluation order and the raising site of each operation follow
// CPython 3.11's compiler, so tracebacks point at the same source range.
#include "lowering/LowerImpl.h"

#include "frontend/ConstFold.h"

#include "llvm/Support/Casting.h"

#include <algorithm>

using namespace llvm;
using pylc::ir::Opcode;
using pylc::ir::Value;

namespace pylc {

void FunctionLowering::unsupported(SourceRange loc, const std::string &what) const {
  throw CompileError(file_, loc, what + " not supported yet");
}

void FunctionLowering::syntaxError(SourceRange loc, const std::string &msg) const {
  throw CompileError(file_, loc, msg);
}

void FunctionLowering::releaseAll(const std::vector<Value *> &values) {
  for (Value *v : values)
    b_.release(v);
}

std::vector<Value *> FunctionLowering::ownedExprs(const std::vector<ast::ExprPtr> &elts) {
  std::vector<Value *> out;
  for (auto &e : elts)
    out.push_back(b_.owned(expr(*e)));
  return out;
}

Value *FunctionLowering::stringTuple(const std::vector<std::string> &strings) {
  std::vector<Value *> items;
  for (auto &s : strings)
    items.push_back(b_.incref(b_.str(s)));
  return b_.create(Opcode::BuildTuple, items);
}

static_assert(static_cast<int>(ast::ConstantValue::Kind::FrozenSet) ==
                  static_cast<int>(ir::ConstData::Kind::FrozenSet),
              "the AST's and PIR's constant kinds are the same list");

static ir::ConstData constData(const ast::ConstantValue &c) {
  ir::ConstData d;
  d.kind = static_cast<ir::ConstData::Kind>(c.kind);
  d.text = c.text;
  d.number = c.number;
  d.real = c.real;
  for (auto &e : c.elts)
    d.elts.push_back(constData(e));
  return d;
}

Value *FunctionLowering::constant(const ast::ConstantValue &c) {
  ir::ConstData d = constData(c);
  if (d.kind == ir::ConstData::Kind::FrozenSet) {
    auto &seen = shared_.frozensets;
    auto it = std::find(seen.begin(), seen.end(), d);
    if (it == seen.end())
      seen.push_back(d);
    else
      d = *it;
  }
  return b_.constant(d);
}

Value *FunctionLowering::expr(const ast::Expr &e) {
  ir::Loc saved = b_.loc();
  at(e.loc);
  Value *v = nullptr;
  using K = ast::Expr::Kind;
  switch (e.kind) {
  case K::Constant:
    v = constant(cast<ast::Constant>(e).value);
    break;
  case K::Name:
    v = loadName(cast<ast::Name>(e).id, e.loc);
    break;
  case K::BoolOp:
    v = boolOp(cast<ast::BoolOp>(e));
    break;
  case K::BinOp:
    v = binOp(cast<ast::BinOp>(e));
    break;
  case K::UnaryOp:
    v = unaryOp(cast<ast::UnaryOp>(e));
    break;
  case K::IfExp:
    v = ifExp(cast<ast::IfExp>(e));
    break;
  case K::Compare:
    v = compare(cast<ast::Compare>(e));
    break;
  case K::Call:
    v = call(cast<ast::Call>(e));
    break;
  case K::Attribute: {
    auto &a = cast<ast::Attribute>(e);
    Value *obj = expr(*a.value);
    at(attrLoc(e.loc, a));
    v = b_.named(Opcode::AttrLoad, mangle(private_, a.attr), {obj});
    b_.release(obj);
    break;
  }
  case K::Subscript:
    v = subscript(cast<ast::Subscript>(e));
    break;
  case K::Slice:
    v = slice(cast<ast::Slice>(e));
    break;
  case K::Tuple: {
    auto &t = cast<ast::Tuple>(e);
    v = sequence(Opcode::BuildTuple, t.elts);
    break;
  }
  case K::List:
    v = sequence(Opcode::BuildList, cast<ast::List>(e).elts);
    break;
  case K::Set:
    v = sequence(Opcode::BuildSet, cast<ast::Set>(e).elts);
    break;
  case K::Dict:
    v = dictDisplay(cast<ast::Dict>(e));
    break;
  case K::JoinedStr:
    v = joinedStr(cast<ast::JoinedStr>(e));
    break;
  case K::FormattedValue:
    v = formattedValue(cast<ast::FormattedValue>(e));
    break;
  case K::NamedExpr:
    v = namedExpr(cast<ast::NamedExpr>(e));
    break;
  case K::Starred:
    syntaxError(e.loc, "can't use starred expression here");
  case K::Lambda:
    v = lambda(cast<ast::Lambda>(e));
    break;
  case K::ListComp:
  case K::SetComp:
  case K::DictComp:
  case K::GeneratorExp:
    v = comprehension(e);
    break;
  case K::Await: {
    if (!isFunctionScope())
      syntaxError(e.loc, "'await' outside function");
    if (!fn_->isCoroutine)
      syntaxError(e.loc, "'await' outside async function");
    Value *awaited = b_.owned(expr(*cast<ast::Await>(e).value));
    at(e.loc);
    v = awaitValue(awaited, 0);
    break;
  }
  case K::Yield: {
    auto &y = cast<ast::Yield>(e);
    Value *value = y.value ? b_.owned(expr(*y.value)) : b_.incref(b_.none());
    at(e.loc);
    v = yieldValue(Opcode::GenYield, value);
    break;
  }
  case K::YieldFrom: {
    if (isAsyncDef())
      syntaxError(e.loc, "'yield from' inside async function");
    Value *iterable = expr(*cast<ast::YieldFrom>(e).value);
    at(e.loc);
    Value *it = b_.create(Opcode::YieldFromIter, {iterable});
    b_.release(iterable);
    v = yieldValue(Opcode::GenYieldFrom, it);
    break;
  }
  }
  b_.setLoc(saved);
  return v;
}

Value *FunctionLowering::boolOp(const ast::BoolOp &e) {
  // The result is the first operand that decides, so every path hands an owned value to
  // the merge block.
  ir::Block *merge = b_.newBlock();
  Value *result = merge->addParam(ir::Type::object());
  for (size_t i = 0; i + 1 < e.values.size(); ++i) {
    Value *v = b_.owned(expr(*e.values[i]));
    Value *t = b_.create(Opcode::Truth, {v}, ir::Type::boolean());
    ir::Block *decided = b_.newBlock(), *next = b_.newBlock();
    if (e.op == ast::BoolOpKind::Or)
      b_.condBr(t, decided, next);
    else
      b_.condBr(t, next, decided);
    startBlock(decided);
    b_.br(merge, {v});
    startBlock(next);
    b_.decref(v);
  }
  b_.br(merge, {b_.owned(expr(*e.values.back()))});
  startBlock(merge);
  return result;
}

Value *FunctionLowering::ifExp(const ast::IfExp &e) {
  ir::Block *then = b_.newBlock(), *other = b_.newBlock(), *merge = b_.newBlock();
  Value *result = merge->addParam(ir::Type::object());
  condition(*e.test, then, other);
  startBlock(then);
  b_.br(merge, {b_.owned(expr(*e.body))});
  startBlock(other);
  b_.br(merge, {b_.owned(expr(*e.orelse))});
  startBlock(merge);
  return result;
}

void FunctionLowering::condition(const ast::Expr &e, ir::Block *ifTrue, ir::Block *ifFalse) {
  if (auto *u = dyn_cast<ast::UnaryOp>(&e); u && u->op == ast::UnaryOpKind::Not)
    return condition(*u->operand, ifFalse, ifTrue);
  if (auto *bo = dyn_cast<ast::BoolOp>(&e)) {
    for (size_t i = 0; i + 1 < bo->values.size(); ++i) {
      ir::Block *next = b_.newBlock();
      if (bo->op == ast::BoolOpKind::And)
        condition(*bo->values[i], next, ifFalse);
      else
        condition(*bo->values[i], ifTrue, next);
      startBlock(next);
    }
    return condition(*bo->values.back(), ifTrue, ifFalse);
  }
  if (auto *c = dyn_cast<ast::Constant>(&e)) {
    auto k = c->value.kind;
    if (k == ast::ConstantValue::Kind::True || k == ast::ConstantValue::Kind::False) {
      b_.br(k == ast::ConstantValue::Kind::True ? ifTrue : ifFalse);
      return;
    }
  }
  Value *v = expr(e);
  ir::Loc saved = b_.loc();
  at(e.loc);
  Value *t = b_.create(Opcode::Truth, {v}, ir::Type::boolean());
  b_.setLoc(saved);
  b_.release(v);
  b_.condBr(t, ifTrue, ifFalse);
}

Value *FunctionLowering::binOp(const ast::BinOp &e) {
  Value *l = expr(*e.left);
  Value *r = expr(*e.right);
  Value *v = b_.withImm(Opcode::BinOp, static_cast<int64_t>(e.op), {l, r});
  b_.release(l);
  b_.release(r);
  return v;
}

Value *FunctionLowering::unaryOp(const ast::UnaryOp &e) {
  Value *operand = expr(*e.operand);
  Value *v;
  switch (e.op) {
  case ast::UnaryOpKind::Not:
    v = b_.create(Opcode::Not, {operand});
    break;
  case ast::UnaryOpKind::USub:
    v = b_.withImm(Opcode::UnOp, (int64_t)ir::UnaryOp::Neg, {operand});
    break;
  case ast::UnaryOpKind::UAdd:
    v = b_.withImm(Opcode::UnOp, (int64_t)ir::UnaryOp::Pos, {operand});
    break;
  case ast::UnaryOpKind::Invert:
    v = b_.withImm(Opcode::UnOp, (int64_t)ir::UnaryOp::Invert, {operand});
    break;
  }
  b_.release(operand);
  return v;
}

Value *FunctionLowering::compareOne(ast::CmpOpKind op, Value *l, Value *r) {
  using C = ast::CmpOpKind;
  switch (op) {
  case C::Is:
    return b_.withImm(Opcode::Is, 0, {l, r});
  case C::IsNot:
    return b_.withImm(Opcode::Is, 1, {l, r});
  case C::In:
    return b_.withImm(Opcode::Contains, 0, {l, r});
  case C::NotIn:
    return b_.withImm(Opcode::Contains, 1, {l, r});
  case C::Eq:
    return b_.withImm(Opcode::Compare, (int64_t)ir::CompareOp::Eq, {l, r});
  case C::NotEq:
    return b_.withImm(Opcode::Compare, (int64_t)ir::CompareOp::Ne, {l, r});
  case C::Lt:
    return b_.withImm(Opcode::Compare, (int64_t)ir::CompareOp::Lt, {l, r});
  case C::LtE:
    return b_.withImm(Opcode::Compare, (int64_t)ir::CompareOp::Le, {l, r});
  case C::Gt:
    return b_.withImm(Opcode::Compare, (int64_t)ir::CompareOp::Gt, {l, r});
  case C::GtE:
    return b_.withImm(Opcode::Compare, (int64_t)ir::CompareOp::Ge, {l, r});
  }
  return nullptr;
}

Value *FunctionLowering::compare(const ast::Compare &e) {
  Value *left = expr(*e.left);
  if (e.ops.size() == 1) {
    Value *right = expr(*e.comparators[0]);
    Value *v = compareOne(e.ops[0], left, right);
    b_.release(left);
    b_.release(right);
    return v;
  }
  // a < b < c: each comparand is evaluated once; a false link ends the chain with its
  // result.
  ir::Block *merge = b_.newBlock();
  Value *result = merge->addParam(ir::Type::object());
  for (size_t i = 0; i < e.ops.size(); ++i) {
    Value *right = expr(*e.comparators[i]);
    Value *r = compareOne(e.ops[i], left, right);
    b_.release(left);
    if (i + 1 == e.ops.size()) {
      b_.release(right);
      b_.br(merge, {r});
      break;
    }
    Value *t = b_.create(Opcode::Truth, {r}, ir::Type::boolean());
    ir::Block *stop = b_.newBlock(), *next = b_.newBlock();
    b_.condBr(t, next, stop);
    startBlock(stop);
    b_.release(right);
    b_.br(merge, {r});
    startBlock(next);
    b_.decref(r);
    left = right;
  }
  startBlock(merge);
  return result;
}


static bool hasStars(const ast::Call &e) {
  for (auto &a : e.args)
    if (isa<ast::Starred>(a.get()))
      return true;
  for (auto &k : e.keywords)
    if (!k.arg)
      return true;
  return false;
}

// CPython 3.11 moves the start of an instruction on an attribute whose node spans several
// lines to the attribute's name on its last line (the end stays), so that a traceback
// through `(obj\n    .name)` or a fluent `.meth(...)` chain shows the `.name` line with
// carets under the name, not the object's first line. The length is in code points, as
// CPython's, though the columns are UTF-8 bytes.
SourceRange FunctionLowering::attrLoc(SourceRange cur, const ast::Attribute &a) {
  if (cur.line == a.loc.endLine)
    return cur;
  int len = 0;
  for (unsigned char c : a.attr)
    len += (c & 0xC0) != 0x80;
  cur.line = a.loc.endLine;
  cur.col = len <= a.loc.endCol ? a.loc.endCol - len : a.loc.col;
  cur.endLine = std::max(cur.line, cur.endLine);
  if (cur.line == cur.endLine)
    cur.endCol = std::max(cur.col, cur.endCol);
  return cur;
}

// Emits `op` (call or call.method) on `leading` operands, then the call's positional and
// keyword argument values, and releases what it evaluated. `method`: the attribute of a
// method call, which moves the call's location as it moves the method load's.
Value *FunctionLowering::plainCall(Opcode op, std::vector<Value *> leading, const ast::Call &e,
                                   const ast::Attribute *method) {
  std::vector<Value *> args;
  std::vector<std::string> names;
  for (auto &a : e.args)
    args.push_back(expr(*a));
  for (auto &k : e.keywords) {
    args.push_back(expr(*k.value));
    names.push_back(*k.arg);
  }
  std::vector<Value *> operands = leading;
  operands.insert(operands.end(), args.begin(), args.end());
  at(method ? attrLoc(e.loc, *method) : e.loc);
  ir::Instr *c = b_.create(op, operands);
  c->names = names;
  releaseAll(leading);
  releaseAll(args);
  return c;
}

Value *FunctionLowering::call(const ast::Call &e) {
  auto *attr = dyn_cast<ast::Attribute>(e.func.get());
  if (attr && !hasStars(e)) {
    // obj.name(args): the method is looked up before the arguments are evaluated, as in
    // CPython, but called without creating a bound-method object.
    Value *obj = expr(*attr->value);
    at(attrLoc(attr->loc, *attr));
    Value *meth = b_.named(Opcode::MethodLoad, mangle(private_, attr->attr), {obj});
    // CPython 3.11 compiles a call with 30 or more arguments (keywords count one more) as a
    // plain call at the call's location, unmoved (maybe_optimize_method_call).
    size_t n = e.args.size() + e.keywords.size() + (e.keywords.empty() ? 0 : 1);
    return plainCall(Opcode::CallMethod, {meth, obj}, e, n < 30 ? attr : nullptr);
  }
  if (auto *n = dyn_cast<ast::Name>(e.func.get());
      n && e.keywords.empty() && !hasStars(e) && n->id.rfind("__", 0) != 0 && isGlobalName(n->id)) {
    auto it = shared_.cfuncs.find(n->id);
    if (it != shared_.cfuncs.end() && it->second.nparams == e.args.size())
      return cfuncCall(e, it->second);
  }
  Value *fn = expr(*e.func);
  if (hasStars(e))
    return callWithStars(e, fn);
  return plainCall(Opcode::Call, {fn}, e);
}

Value *FunctionLowering::callWithStars(const ast::Call &e, Value *fn) {
  // A sole `*x` is passed as it is (a tuple is not copied): CALL_FUNCTION_EX makes it a
  // tuple, after the keyword arguments are evaluated.
  Value *sole = nullptr, *args = nullptr;
  if (e.args.size() == 1)
    if (auto *s = dyn_cast<ast::Starred>(e.args[0].get()))
      sole = expr(*s->value);
  if (!sole)
    args = starredArgs(e);
  Value *kwargs = nullptr;
  if (!e.keywords.empty()) {
    kwargs = b_.create(Opcode::BuildDict, {});
    for (auto &k : e.keywords) {
      Value *v = expr(*k.value);
      Value *mapping = v;
      if (k.arg) // merged one by one so duplicates get CPython's message
        mapping = b_.create(Opcode::BuildDict, {b_.incref(b_.str(*k.arg)), b_.owned(v)});
      b_.create(Opcode::KwargsMerge, {kwargs, mapping, fn});
      b_.release(mapping);
    }
  }
  if (sole) {
    args = b_.create(Opcode::ArgsTuple, {sole, fn});
    b_.release(sole);
  }
  std::vector<Value *> operands{fn, args};
  if (kwargs)
    operands.push_back(kwargs);
  Value *result = b_.create(Opcode::CallEx, operands);
  b_.release(fn);
  b_.decref(args);
  if (kwargs)
    b_.decref(kwargs);
  return result;
}

// The positional arguments of a call with several of them, some starred: a list built as
// starunpack_helper builds it, made a tuple.
Value *FunctionLowering::starredArgs(const ast::Call &e) {
  Value *list = b_.create(Opcode::BuildList, {});
  for (auto &a : e.args) {
    if (auto *s = dyn_cast<ast::Starred>(a.get())) {
      Value *it = expr(*s->value);
      b_.create(Opcode::ListExtend, {list, it});
      b_.release(it);
      continue;
    }
    Value *v = expr(*a);
    b_.create(Opcode::ListAppend, {list, v});
    b_.release(v);
  }
  Value *args = b_.create(Opcode::ListToTuple, {list});
  b_.decref(list);
  return args;
}

// SET_ADD: `item` (consumed if owned) joins `set`, as set.update((item,)) adds it.
Value *FunctionLowering::setAdd(Value *set, Value *item) {
  Value *one = b_.create(Opcode::BuildTuple, {b_.owned(item)});
  b_.create(Opcode::SetUpdate, {set, one});
  b_.decref(one);
  return set;
}

// A tuple, list or set display, built as CPython 3.11's starunpack_helper builds it:
//  - more than two elements, all constants: the tuple constant itself; for a list, an empty
//    list extended by that tuple; for a set, an empty set updated from the frozenset
//    constant of the elements (which fixes the iteration order CPython's has);
//  - no starred element and at most 30 elements: one build from all elements;
//  - otherwise a sequence built from the elements before the first starred one (an empty
//    one for more than 30), extended by starred elements and added to by the others
//    (tuples go through a list).
// The list a display builds this way has the capacity CPython's has (sys.getsizeof).
Value *FunctionLowering::sequence(Opcode op, const std::vector<ast::ExprPtr> &elts) {
  constexpr size_t kStackUseGuideline = 30;
  bool isSet = op == Opcode::BuildSet, isTuple = op == Opcode::BuildTuple;
  bool allConstant = true, stars = false;
  for (auto &e : elts) {
    allConstant &= isa<ast::Constant>(e.get());
    stars |= isa<ast::Starred>(e.get());
  }
  if (elts.size() > 2 && allConstant) {
    std::vector<const ast::ConstantValue *> items;
    ast::ConstantValue folded;
    folded.kind = ast::ConstantValue::Kind::Tuple;
    for (auto &e : elts) {
      items.push_back(&cast<ast::Constant>(*e).value);
      folded.elts.push_back(cast<ast::Constant>(*e).value);
    }
    if (isTuple)
      return constant(folded);
    if (isSet)
      folded = frozenSetConstant(items);
    Value *acc = b_.create(op, {});
    b_.create(isSet ? Opcode::SetUpdate : Opcode::ListExtend, {acc, constant(folded)});
    return acc;
  }
  bool big = elts.size() > kStackUseGuideline;
  // A big tuple or set built at once equals one built piece by piece; a list differs in
  // its capacity.
  if (!stars && !(big && op == Opcode::BuildList))
    return b_.create(op, ownedExprs(elts));
  Opcode build = isSet ? Opcode::BuildSet : Opcode::BuildList;
  Value *acc = big ? b_.create(build, {}) : nullptr;
  std::vector<Value *> before; // owned, until the sequence is built
  for (auto &e : elts) {
    if (auto *s = dyn_cast<ast::Starred>(e.get())) {
      if (!acc) {
        acc = b_.create(build, before);
        before.clear();
      }
      Value *v = expr(*s->value);
      b_.create(isSet ? Opcode::SetUpdate : Opcode::ListExtend, {acc, v});
      b_.release(v);
      continue;
    }
    Value *v = expr(*e);
    if (!acc) {
      before.push_back(b_.owned(v));
    } else if (isSet) {
      setAdd(acc, v);
    } else {
      b_.create(Opcode::ListAppend, {acc, v});
      b_.release(v);
    }
  }
  if (!acc)
    acc = b_.create(build, before);
  if (!isTuple)
    return acc;
  Value *t = b_.create(Opcode::ListToTuple, {acc});
  b_.decref(acc);
  return t;
}

Value *FunctionLowering::dictDisplay(const ast::Dict &e) {
  bool unpacks = false;
  for (auto &k : e.keys)
    unpacks |= !k;
  if (!unpacks) {
    std::vector<Value *> items;
    for (size_t i = 0; i < e.keys.size(); ++i) {
      items.push_back(b_.owned(expr(*e.keys[i])));
      items.push_back(b_.owned(expr(*e.values[i])));
    }
    return b_.create(Opcode::BuildDict, items);
  }
  Value *d = b_.create(Opcode::BuildDict, {});
  for (size_t i = 0; i < e.keys.size(); ++i) {
    Value *piece;
    if (!e.keys[i]) {
      piece = expr(*e.values[i]);
    } else {
      Value *k = b_.owned(expr(*e.keys[i]));
      Value *v = b_.owned(expr(*e.values[i]));
      piece = b_.create(Opcode::BuildDict, {k, v});
    }
    b_.create(Opcode::DictUpdate, {d, piece});
    b_.release(piece);
  }
  return d;
}

Value *FunctionLowering::formattedValue(const ast::FormattedValue &e) {
  Value *v = expr(*e.value);
  std::vector<Value *> operands{v};
  Value *spec = nullptr;
  if (e.format_spec) {
    spec = expr(*e.format_spec);
    operands.push_back(spec);
  }
  Value *r = b_.create(Opcode::Format, operands);
  static_cast<ir::Instr *>(r)->imm = e.conversion;
  b_.release(v);
  if (spec)
    b_.release(spec);
  return r;
}

Value *FunctionLowering::joinedStr(const ast::JoinedStr &e) {
  if (e.values.size() == 1) // no BUILD_STRING for one part (it is a str already)
    return expr(*e.values[0]);
  std::vector<Value *> parts;
  for (auto &v : e.values)
    parts.push_back(expr(*v));
  if (parts.empty())
    return b_.str("");
  Value *r = b_.create(Opcode::StrJoin, parts);
  releaseAll(parts);
  return r;
}

Value *FunctionLowering::slice(const ast::Slice &e) {
  auto part = [&](const ast::ExprPtr &p) { return p ? expr(*p) : b_.none(); };
  Value *lo = part(e.lower), *hi = part(e.upper), *step = part(e.step);
  Value *s = b_.create(Opcode::Slice, {lo, hi, step});
  releaseAll({lo, hi, step});
  return s;
}

Value *FunctionLowering::subscript(const ast::Subscript &e) {
  Value *obj = expr(*e.value);
  Value *key = expr(*e.slice);
  Value *v = b_.create(Opcode::ItemLoad, {obj, key});
  b_.release(obj);
  b_.release(key);
  return v;
}

Value *FunctionLowering::namedExpr(const ast::NamedExpr &e) {
  Value *v = b_.owned(expr(*e.value));
  Value *copy = b_.incref(v);
  store(*e.target, copy);
  return v;
}

} // namespace pylc
