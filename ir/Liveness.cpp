#include "ir/Liveness.h"

namespace pylc::ir {

namespace {
// Values a block uses that it does not define itself (upward-exposed uses), and the values
// it defines (instruction results and block parameters).
struct BlockUses {
  std::set<const Value *> uses, defs;
};

BlockUses usesOf(const Block &b) {
  BlockUses u;
  for (auto &p : b.params())
    u.defs.insert(p.get());
  for (auto &i : b.instrs()) {
    for (Value *v : i->operands())
      if (!u.defs.count(v) && v->valueKind() != Value::Kind::FuncParam)
        u.uses.insert(v);
    u.defs.insert(i.get());
  }
  return u;
}
} // namespace

Liveness::Liveness(const Function &f) {
  std::map<const Block *, BlockUses> local;
  for (auto &b : f.blocks())
    local[b.get()] = usesOf(*b);
  // Iterate to a fixed point, visiting blocks backwards (fast for reducible CFGs).
  bool changed = true;
  while (changed) {
    changed = false;
    for (auto it = f.blocks().rbegin(); it != f.blocks().rend(); ++it) {
      const Block *b = it->get();
      std::set<const Value *> in = local[b].uses;
      for (Block *s : b->successors())
        for (const Value *v : liveIn_[s])
          if (!local[b].defs.count(v))
            in.insert(v);
      if (in != liveIn_[b]) {
        liveIn_[b] = std::move(in);
        changed = true;
      }
    }
  }
}

const std::set<const Value *> &Liveness::liveIn(const Block *b) const {
  static const std::set<const Value *> kEmpty;
  auto it = liveIn_.find(b);
  return it == liveIn_.end() ? kEmpty : it->second;
}

} // namespace pylc::ir
