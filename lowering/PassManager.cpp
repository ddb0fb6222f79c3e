#include "lowering/PassManager.h"

#include "lowering/Passes.h"

#include "ir/Printer.h"
#include "ir/Verifier.h"

#include <algorithm>
#include <chrono>

namespace pylc {

int PassManager::find(const std::string &name) const {
  for (unsigned i = 0; i < passes_.size(); ++i)
    if (name == passes_[i]->name())
      return i;
  return -1;
}

bool PassManager::contains(const std::string &name) const { return find(name) >= 0; }

std::unique_ptr<Pass> PassManager::take(const std::string &name) {
  int at = find(name);
  if (at < 0)
    return nullptr;
  std::unique_ptr<Pass> p = std::move(passes_[at]);
  passes_.erase(passes_.begin() + at);
  return p;
}

bool PassManager::insertBefore(const std::string &anchor, std::unique_ptr<Pass> p) {
  int at = find(anchor);
  if (at < 0)
    return false;
  passes_.insert(passes_.begin() + at, std::move(p));
  return true;
}

bool PassManager::insertAfter(const std::string &anchor, std::unique_ptr<Pass> p) {
  int at = find(anchor);
  if (at < 0)
    return false;
  passes_.insert(passes_.begin() + at + 1, std::move(p));
  return true;
}

static void verifyAfter(const std::string &pass, const ir::Module &m) {
  auto errors = ir::verifyModule(m);
  if (errors.empty())
    return;
  std::string msg = "PIR verification failed after pass '" + pass + "':";
  for (auto &e : errors)
    msg += "\n  " + e;
  throw VerifierError(msg);
}

static bool wanted(const std::vector<std::string> &names, const std::string &pass) {
  return std::find(names.begin(), names.end(), pass) != names.end() ||
         std::find(names.begin(), names.end(), "all") != names.end();
}

void PassManager::run(ir::Module &m, const PassRunOptions &opts) const {
  verifyAfter(opts.inputStage, m);
  if (opts.printStream && wanted(opts.printAfter, opts.inputStage)) {
    *opts.printStream << "; PIR after " << opts.inputStage << "\n";
    ir::printModule(m, *opts.printStream);
  }
  for (auto &p : passes_) {
    auto start = std::chrono::steady_clock::now();
    p->run(m);
    verifyAfter(p->name(), m);
    if (opts.onPassDone)
      opts.onPassDone(p->name(), std::chrono::duration<double>(
                                     std::chrono::steady_clock::now() - start)
                                     .count());
    if (opts.printStream && wanted(opts.printAfter, p->name())) {
      *opts.printStream << "; PIR after " << p->name() << "\n";
      ir::printModule(m, *opts.printStream);
    }
  }
}

namespace {
struct PassEntry {
  const char *name;
  std::unique_ptr<Pass> (*create)();
  int minOptLevel; // the default pipeline runs it from this -O level on
};
// The built-in passes in pipeline order.
const PassEntry kPasses[] = {
    {"simplify-cfg", createSimplifyCFGPass, 0},
    {"fuse-compare-truth", createFuseCompareTruthPass, 1},
    {"refcount-peephole", createRefcountPeepholePass, 1},
};
} // namespace

std::unique_ptr<Pass> createPassByName(const std::string &name) {
  for (auto &e : kPasses)
    if (name == e.name)
      return e.create();
  return nullptr;
}

PassManager buildDefaultPipeline(int optLevel) {
  PassManager pm;
  for (auto &e : kPasses)
    if (optLevel >= e.minOptLevel)
      pm.add(e.create());
  return pm;
}

} // namespace pylc
