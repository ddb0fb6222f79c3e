#include "lowering/PassManager.h"

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
  verifyAfter("lower", m);
  if (opts.printStream && wanted(opts.printAfter, "lower")) {
    *opts.printStream << "; PIR after lower\n";
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

} // namespace pylc
