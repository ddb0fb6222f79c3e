// Lowering of `match` (PEP 634) as CPython 3.11's compiler compiles it (Python/compile.c:
// compiler_match_inner, compiler_pattern_*, pattern_helper_*).
//
// The subject is evaluated once; each case's pattern consumes a new reference to it (the
// last one that is not a trailing `case _` consumes the subject itself). A pattern works
// on values the interpreter would keep on its stack: the values a failure must release
// (`onTop`, the stack's top last) and the captured values (`stores`), which are stored in
// their names only once the whole pattern of the case has matched, before the guard runs.
// So a case whose guard fails leaves its captures bound, and a failed pattern binds
// nothing. Every failure point releases what is outstanding and goes to the case's fail
// block (for an alternative of an or-pattern: to the next alternative).
//
// Locations follow CPython's compiler state too: each pattern sets the current location
// when it is compiled and nothing restores it (expressions restore theirs), so an
// instruction emitted after a subpattern, a capture's store and a compile-time error
// carry the location of the pattern CPython's compiler visited last.
#include "lowering/LowerImpl.h"

#include "frontend/ConstFold.h"

#include "llvm/Support/Casting.h"

#include <algorithm>

using namespace llvm;
using pylc::ir::Opcode;
using pylc::ir::Value;

namespace pylc {

namespace {
// WILDCARD_CHECK and WILDCARD_STAR_CHECK: `_` and `*_`.
bool isWildcard(const ast::Pattern &p) {
  auto *a = dyn_cast<ast::MatchAs>(&p);
  return a && !a->pattern && !a->name;
}
bool isStarWildcard(const ast::Pattern &p) {
  auto *s = dyn_cast<ast::MatchStar>(&p);
  return s && !s->name;
}

ir::ConstData intConst(int64_t n) {
  ir::ConstData c;
  c.kind = ir::ConstData::Kind::Int;
  c.text = std::to_string(n);
  return c;
}
} // namespace

// CPython's pattern_context.
struct FunctionLowering::PatternContext {
  // Owned values a failure releases, the top of the stack last.
  std::vector<Value *> onTop;
  // The captures so far (owned), in the order they are stored on success.
  std::vector<std::pair<std::string, Value *>> stores;
  // Whether an irrefutable pattern is allowed here.
  bool allowIrrefutable = false;
  // Where a failure continues once it has released onTop and stores.
  ir::Block *fail = nullptr;
};

void FunctionLowering::setPatternLoc(SourceRange loc) {
  patternLoc_ = loc;
  at(loc);
}

// jump_to_fail_pop: unless `cond` (failHere: always), release what a failure pops (the values on
// top, then the captures, which the interpreter keeps beneath them, the first one topmost) and
// fail.
void FunctionLowering::failUnless(Value *cond, PatternContext &pc) {
  ir::Block *ok = b_.newBlock(), *no = b_.newBlock();
  b_.condBr(cond, ok, no);
  startBlock(no);
  failHere(pc);
  startBlock(ok);
}

void FunctionLowering::failHere(PatternContext &pc) {
  for (auto it = pc.onTop.rbegin(); it != pc.onTop.rend(); ++it)
    b_.decref(*it);
  for (auto &store : pc.stores)
    b_.decref(store.second);
  b_.br(pc.fail);
}

// Fails unless `value` (owned, kept) is not None: the check after MATCH_KEYS and
// MATCH_CLASS, with `value` on top.
void FunctionLowering::failIfNone(Value *value, PatternContext &pc) {
  Value *isNot = b_.withImm(Opcode::Is, 1, {value, b_.none()});
  Value *t = b_.create(Opcode::Truth, {isNot}, ir::Type::boolean());
  b_.decref(isNot);
  pc.onTop.push_back(value);
  failUnless(t, pc);
  pc.onTop.pop_back();
}

// pattern_helper_store_name: `value` (owned) is captured under `name`, or dropped.
void FunctionLowering::storeCapture(const std::optional<std::string> &name, Value *value,
                                    PatternContext &pc) {
  if (!name) {
    b_.decref(value);
    return;
  }
  if (*name == "__debug__")
    syntaxError(patternLoc_, "cannot assign to __debug__");
  for (auto &store : pc.stores)
    if (store.first == *name)
      syntaxError(patternLoc_, "multiple assignments to name '" + *name + "' in pattern");
  pc.stores.emplace_back(*name, value);
}

// GET_LEN, then len(subject) == n or >= n; the subject is on top.
void FunctionLowering::lengthCheck(Value *subject, int64_t n, bool atLeast, PatternContext &pc) {
  Value *len = b_.create(Opcode::MatchLen, {subject});
  auto op = atLeast ? ir::CompareOp::Ge : ir::CompareOp::Eq;
  Value *ok = b_.withImm(Opcode::CompareBool, static_cast<int64_t>(op),
                         {len, b_.constant(intConst(n))}, ir::Type::boolean());
  b_.decref(len);
  failUnless(ok, pc);
}

// The items of the tuple `items` (owned, consumed), matched against `patterns` in order:
// UNPACK_SEQUENCE puts them all on the stack, the first on top. Wildcards only drop their
// item when `skipWildcards` (class patterns).
void FunctionLowering::matchItems(Value *items, const std::vector<const ast::Pattern *> &patterns,
                                  PatternContext &pc, bool skipWildcards) {
  std::vector<Value *> elems;
  for (size_t k = 0; k < patterns.size(); ++k)
    elems.push_back(b_.withImm(Opcode::TupleGet, k, {items}));
  b_.decref(items);
  for (size_t k = patterns.size(); k-- > 0;)
    pc.onTop.push_back(elems[k]);
  for (size_t k = 0; k < patterns.size(); ++k) {
    pc.onTop.pop_back();
    if (skipWildcards && isWildcard(*patterns[k]))
      b_.decref(elems[k]);
    else
      subpattern(*patterns[k], elems[k], pc);
  }
}

// compiler_pattern_subpattern: a subpattern may always be irrefutable.
void FunctionLowering::subpattern(const ast::Pattern &p, Value *subject, PatternContext &pc) {
  bool saved = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(p, subject, pc);
  pc.allowIrrefutable = saved;
}

// compiler_pattern: matches the owned `subject` (consumed) against `p`.
void FunctionLowering::pattern(const ast::Pattern &p, Value *subject, PatternContext &pc) {
  setPatternLoc(p.loc);
  using K = ast::Pattern::Kind;
  switch (p.kind) {
  case K::MatchValue: {
    auto &v = cast<ast::MatchValue>(p);
    if (!isa<ast::Constant>(v.value.get()) && !isa<ast::Attribute>(v.value.get()))
      syntaxError(patternLoc_, "patterns may only match literals and attribute lookups");
    Value *value = expr(*v.value);
    Value *eq = b_.withImm(Opcode::CompareBool, static_cast<int64_t>(ir::CompareOp::Eq),
                           {subject, value}, ir::Type::boolean());
    b_.release(value);
    b_.decref(subject);
    failUnless(eq, pc);
    return;
  }
  case K::MatchSingleton: {
    Value *is = b_.withImm(Opcode::Is, 0, {subject, constant(cast<ast::MatchSingleton>(p).value)});
    b_.decref(subject);
    Value *t = b_.create(Opcode::Truth, {is}, ir::Type::boolean());
    b_.decref(is);
    failUnless(t, pc);
    return;
  }
  case K::MatchSequence:
    return sequencePattern(cast<ast::MatchSequence>(p), subject, pc);
  case K::MatchMapping:
    return mappingPattern(cast<ast::MatchMapping>(p), subject, pc);
  case K::MatchClass:
    return classPattern(cast<ast::MatchClass>(p), subject, pc);
  case K::MatchStar:
    return storeCapture(cast<ast::MatchStar>(p).name, subject, pc);
  case K::MatchAs: {
    auto &a = cast<ast::MatchAs>(p);
    if (!a.pattern) {
      if (!pc.allowIrrefutable) {
        if (a.name)
          syntaxError(patternLoc_,
                      "name capture '" + *a.name + "' makes remaining patterns unreachable");
        syntaxError(patternLoc_, "wildcard makes remaining patterns unreachable");
      }
      return storeCapture(a.name, subject, pc);
    }
    // The subpattern matches a copy; the subject itself is captured if it succeeds.
    pc.onTop.push_back(subject);
    pattern(*a.pattern, b_.incref(subject), pc);
    pc.onTop.pop_back();
    return storeCapture(a.name, subject, pc);
  }
  case K::MatchOr:
    return orPattern(cast<ast::MatchOr>(p), subject, pc);
  }
}

// compiler_pattern_sequence
void FunctionLowering::sequencePattern(const ast::MatchSequence &p, Value *subject,
                                       PatternContext &pc) {
  const auto &patterns = p.patterns;
  int64_t size = patterns.size(), star = -1;
  bool onlyWildcard = true, starWildcard = false;
  for (int64_t i = 0; i < size; ++i) {
    const ast::Pattern &sub = *patterns[i];
    if (isa<ast::MatchStar>(sub)) {
      if (star >= 0)
        syntaxError(patternLoc_, "multiple starred names in sequence pattern");
      starWildcard = isStarWildcard(sub);
      onlyWildcard &= starWildcard;
      star = i;
      continue;
    }
    onlyWildcard &= isWildcard(sub);
  }
  // The subject stays on top through the sequence and length checks.
  pc.onTop.push_back(subject);
  failUnless(b_.create(Opcode::MatchSequence, {subject}, ir::Type::boolean()), pc);
  if (star < 0)
    lengthCheck(subject, size, false, pc);
  else if (size - 1)
    lengthCheck(subject, size - 1, true, pc);
  pc.onTop.pop_back();
  if (onlyWildcard) { // [] / [_] / [_, _] / [*_] / [_, *_] / ...
    b_.decref(subject);
    return;
  }
  if (starWildcard) {
    // pattern_helper_sequence_subscr: [first, *_, last] indexes the subject, from the end
    // for what follows the star (computed from len(), negative indexes may not work).
    pc.onTop.push_back(subject);
    for (int64_t i = 0; i < size; ++i) {
      const ast::Pattern &sub = *patterns[i];
      if (isWildcard(sub) || i == star)
        continue;
      Value *index;
      if (i < star) {
        index = b_.constant(intConst(i));
      } else {
        Value *len = b_.create(Opcode::MatchLen, {subject});
        index = b_.withImm(Opcode::BinOp, static_cast<int64_t>(ir::BinaryOp::Sub),
                           {len, b_.constant(intConst(size - i))});
        b_.decref(len);
      }
      Value *item = b_.create(Opcode::ItemLoad, {subject, index});
      b_.release(index);
      subpattern(sub, item, pc);
    }
    pc.onTop.pop_back();
    b_.decref(subject);
    return;
  }
  // pattern_helper_sequence_unpack: UNPACK_SEQUENCE or UNPACK_EX, then each item.
  ir::Instr *items;
  if (star < 0) {
    items = b_.withImm(Opcode::Unpack, size, {subject});
  } else {
    if (star >= (1 << 8) || size - star - 1 >= (INT32_MAX >> 8))
      syntaxError(patternLoc_, "too many expressions in star-unpacking sequence pattern");
    items = b_.withImm(Opcode::UnpackEx, star, {subject});
    items->imm2 = size - star - 1;
  }
  b_.decref(subject);
  std::vector<const ast::Pattern *> subs;
  for (auto &sub : patterns)
    subs.push_back(sub.get());
  matchItems(items, subs, pc, false);
}

// compiler_pattern_mapping
void FunctionLowering::mappingPattern(const ast::MatchMapping &p, Value *subject,
                                      PatternContext &pc) {
  size_t size = p.keys.size();
  // The subject stays on top through the mapping and length checks.
  pc.onTop.push_back(subject);
  failUnless(b_.create(Opcode::MatchMapping, {subject}, ir::Type::boolean()), pc);
  if (!size && !p.rest) { // {}
    pc.onTop.pop_back();
    b_.decref(subject);
    return;
  }
  if (size)
    lengthCheck(subject, size, true, pc);
  // The keys: literals (no two equal, as a set sees them) and attribute lookups.
  std::vector<const ast::ConstantValue *> seen;
  std::vector<Value *> keys;
  for (auto &key : p.keys) {
    if (auto *c = dyn_cast<ast::Constant>(key.get())) {
      seen.push_back(&c->value);
      std::string repr;
      std::optional<size_t> dup = duplicateConstant(seen, &repr);
      if (dup && *dup == seen.size() - 1)
        syntaxError(patternLoc_, "mapping pattern checks duplicate key (" + repr + ")");
    } else if (!isa<ast::Attribute>(key.get())) {
      syntaxError(patternLoc_,
                  "mapping pattern keys may only match literals and attribute lookups");
    }
    keys.push_back(b_.owned(expr(*key)));
  }
  Value *keyTuple = b_.create(Opcode::BuildTuple, keys);
  // MATCH_KEYS: the values, or None when a key is missing.
  Value *values = b_.create(Opcode::MatchKeys, {subject, keyTuple});
  pc.onTop.push_back(keyTuple);
  failIfNone(values, pc);
  std::vector<const ast::Pattern *> subs;
  for (auto &sub : p.patterns)
    subs.push_back(sub.get());
  matchItems(values, subs, pc, false);
  // A match: what follows consumes the keys and the subject.
  pc.onTop.pop_back();
  pc.onTop.pop_back();
  if (p.rest) {
    // rest = dict(subject) without the keys
    Value *rest = b_.create(Opcode::MatchRest, {subject, keyTuple});
    b_.decref(keyTuple);
    b_.decref(subject);
    storeCapture(p.rest, rest, pc);
  } else {
    b_.decref(keyTuple);
    b_.decref(subject);
  }
}

// validate_kwd_attrs: no `__debug__`, no name twice (reported at the second's pattern).
void FunctionLowering::validateKwdAttrs(const ast::MatchClass &p) {
  for (size_t i = 0; i < p.kwd_attrs.size(); ++i) {
    const std::string &attr = p.kwd_attrs[i];
    setPatternLoc(p.kwd_patterns[i]->loc);
    if (attr == "__debug__")
      syntaxError(patternLoc_, "cannot assign to __debug__");
    for (size_t j = i + 1; j < p.kwd_attrs.size(); ++j)
      if (p.kwd_attrs[j] == attr) {
        setPatternLoc(p.kwd_patterns[j]->loc);
        syntaxError(patternLoc_, "attribute name repeated in class pattern: " + attr);
      }
  }
}

// compiler_pattern_class
void FunctionLowering::classPattern(const ast::MatchClass &p, Value *subject, PatternContext &pc) {
  if (!p.kwd_attrs.empty()) {
    validateKwdAttrs(p);
    setPatternLoc(p.loc);
  }
  Value *cls = expr(*p.cls);
  ir::Instr *attrs = b_.withImm(Opcode::MatchClass, p.patterns.size(), {subject, cls});
  attrs->names = p.kwd_attrs;
  b_.release(cls);
  b_.decref(subject);
  failIfNone(attrs, pc);
  std::vector<const ast::Pattern *> subs;
  for (auto &sub : p.patterns)
    subs.push_back(sub.get());
  for (auto &sub : p.kwd_patterns)
    subs.push_back(sub.get());
  matchItems(attrs, subs, pc, true);
}

// compiler_pattern_or: each alternative matches a copy of the subject with captures of its
// own; they must capture the same names, which reach the join in the first one's order.
void FunctionLowering::orPattern(const ast::MatchOr &p, Value *subject, PatternContext &pc) {
  ir::Block *end = b_.newBlock();
  std::vector<std::string> control;
  size_t size = p.patterns.size();
  for (size_t i = 0; i < size; ++i) {
    const ast::Pattern &alt = *p.patterns[i];
    setPatternLoc(alt.loc);
    PatternContext apc;
    // An irrefutable alternative must be last, if it is allowed at all.
    apc.allowIrrefutable = i == size - 1 && pc.allowIrrefutable;
    ir::Block *next = b_.newBlock();
    apc.fail = next;
    pattern(alt, b_.incref(subject), apc);
    if (i == 0) {
      for (auto &store : apc.stores) {
        control.push_back(store.first);
        end->addParam(ir::Type::object());
      }
    } else if (apc.stores.size() != control.size()) {
      syntaxError(patternLoc_, "alternative patterns bind different names");
    }
    std::vector<Value *> args;
    for (size_t k = control.size(); k-- > 0;) {
      auto it = std::find_if(apc.stores.begin(), apc.stores.end(),
                             [&](auto &store) { return store.first == control[k]; });
      if (it == apc.stores.end())
        syntaxError(patternLoc_, "alternative patterns bind different names");
      args.insert(args.begin(), it->second);
    }
    b_.create(Opcode::Br, args)->addSuccessor(end);
    startBlock(next);
  }
  // No alternative matched: drop the subject and fail.
  b_.decref(subject);
  failHere(pc);
  startBlock(end);
  for (size_t k = 0; k < control.size(); ++k) {
    for (auto &store : pc.stores)
      if (store.first == control[k])
        syntaxError(patternLoc_, "multiple assignments to name '" + control[k] + "' in pattern");
    pc.stores.emplace_back(control[k], end->params()[k].get());
  }
  b_.decref(subject);
}

// compiler_match_inner
void FunctionLowering::matchStmt(const ast::Match &m) {
  Value *subject = b_.owned(expr(*m.subject));
  ir::Block *end = b_.newBlock();
  size_t cases = m.cases.size();
  // A trailing `case _:` needs no pattern, and the case before it no copy of the subject.
  bool hasDefault = isWildcard(*m.cases.back().pattern) && cases > 1;
  for (size_t i = 0; i < cases - hasDefault; ++i) {
    const ast::MatchCase &c = m.cases[i];
    setPatternLoc(c.pattern->loc);
    bool last = i == cases - hasDefault - 1;
    PatternContext pc;
    // Irrefutable cases must be guarded, last, or both.
    pc.allowIrrefutable = c.guard || i == cases - 1;
    ir::Block *fail = b_.newBlock();
    pc.fail = fail;
    if (isWildcard(*c.pattern))
      b_.create(Opcode::Nop, {}); // POP_TOP of the subject: the pattern's line is traced
    pattern(*c.pattern, last ? subject : b_.incref(subject), pc);
    // A match: store the captures, then try the guard.
    for (auto &store : pc.stores)
      storeName(store.first, store.second);
    if (c.guard) {
      ir::Block *ok = b_.newBlock();
      condition(*c.guard, ok, fail);
      startBlock(ok);
    }
    if (!last)
      b_.decref(subject); // done with it before the body runs
    stmts(c.body);
    if (b_.isOpen())
      b_.br(end);
    startBlock(fail);
    setPatternLoc(c.pattern->loc);
  }
  if (hasDefault) {
    const ast::MatchCase &c = m.cases.back();
    setPatternLoc(c.pattern->loc);
    b_.create(Opcode::Nop, {}); // the default case's line is traced, as CPython's NOP is
    if (c.guard) {
      ir::Block *ok = b_.newBlock();
      condition(*c.guard, ok, end);
      startBlock(ok);
    }
    stmts(c.body);
  }
  if (b_.isOpen())
    b_.br(end);
  startBlock(end);
}

} // namespace pylc
