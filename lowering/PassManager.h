// The PIR pass pipeline: a named list of passes, each run over the whole module and
// followed by the verifier. Passes can be inserted before or after any named pass;
// that is where plugins hook in.
#pragma once

#include "ir/IR.h"

#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace pylc {

class Pass {
public:
  virtual ~Pass() = default;
  virtual const char *name() const = 0;
  virtual const char *description() const = 0;
  virtual void run(ir::Module &m) = 0;
};

// A failed verification: an internal compiler error naming the pass that broke the IR.
class VerifierError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

struct PassRunOptions {
  std::string inputStage = "lower";    // what made the input: how --print-after names it
  std::vector<std::string> printAfter; // pass names, or "all"
  std::ostream *printStream = nullptr;
  // Called with (pass name, seconds) after each pass, for `pylc -v`.
  std::function<void(const std::string &, double)> onPassDone;
};

class PassManager {
public:
  void add(std::unique_ptr<Pass> p) { passes_.push_back(std::move(p)); }
  // Returns false when no pass is named `anchor`.
  bool insertBefore(const std::string &anchor, std::unique_ptr<Pass> p);
  bool insertAfter(const std::string &anchor, std::unique_ptr<Pass> p);
  void insertFirst(std::unique_ptr<Pass> p) { passes_.insert(passes_.begin(), std::move(p)); }
  // Removes the pass named `name` and hands it over (null if there is none).
  std::unique_ptr<Pass> take(const std::string &name);
  bool contains(const std::string &name) const;
  const std::vector<std::unique_ptr<Pass>> &passes() const { return passes_; }

  // Verifies the input (as pass "lower"), then runs each pass and verifies after it.
  // Throws VerifierError on invalid IR.
  void run(ir::Module &m, const PassRunOptions &opts = {}) const;

private:
  int find(const std::string &name) const;
  std::vector<std::unique_ptr<Pass>> passes_;
};

// The default pipeline at an optimisation level (0 to 3).
PassManager buildDefaultPipeline(int optLevel);
// A new instance of the built-in pass of that name, or null.
std::unique_ptr<Pass> createPassByName(const std::string &name);

} // namespace pylc
