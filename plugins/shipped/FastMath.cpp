// fastmath: LLVM's fast-math for the functions a program marks with a `fastmath` decorator
// (`@fastmath` or `@pylc.fastmath`; under the interpreter the decorator only has to return
// the function). The plugin finds the marked definitions in each module's AST and, at the
// start of LLVM's pipeline, gives those functions the fast-math function attributes and
// every floating-point instruction in them (and in the code nested in them) the fast-math flags, so
// later passes may reassociate, contract and vectorise their arithmetic as C's -ffast-math allows.
//
// It changes only machine floating-point code: while the compiled code computes with
// boxed floats (the dynamic path), that arithmetic runs inside the interpreter's float
// objects and is unaffected; what changes is code pylc emits with unboxed floats.
#include "pylc/Plugin.h"

#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Operator.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Passes/PassBuilder.h"

#include <map>
#include <mutex>
#include <set>

namespace {

using namespace pylc;

bool isFastMathDecorator(const ast::Expr &e) {
  if (auto *n = llvm::dyn_cast<ast::Name>(&e))
    return n->id == "fastmath";
  if (auto *a = llvm::dyn_cast<ast::Attribute>(&e))
    return a->attr == "fastmath";
  return false;
}

// The qualified names of the marked functions of a module, as CPython computes them.
void findMarked(const ast::StmtList &body, const std::string &prefix, std::set<std::string> &out) {
  for (auto &s : body) {
    if (auto *def = llvm::dyn_cast<ast::FunctionDefBase>(s.get())) {
      std::string q = prefix + def->name;
      for (auto &d : def->decorator_list)
        if (isFastMathDecorator(*d))
          out.insert(q);
      findMarked(def->body, q + ".<locals>.", out);
    } else if (auto *cls = llvm::dyn_cast<ast::ClassDef>(s.get())) {
      findMarked(cls->body, prefix + cls->name + ".", out);
    } else {
      ast::forEachBody(*s, [&](const ast::StmtList &b) { findMarked(b, prefix, out); });
    }
  }
}

std::mutex marksMutex;
std::map<std::string, std::set<std::string>> marks; // source file -> qualnames

bool isMarked(const llvm::Function &f, const std::set<std::string> &names) {
  llvm::StringRef symbol = f.getName();
  if (!symbol.consume_front("py."))
    return false;
  // `py.<id>`, where a second function of the same qualname has the id `<qualname>#2`.
  // Code nested in a marked function (closures, comprehensions, generator expressions) is
  // part of it.
  llvm::StringRef qualname = symbol.split('#').first;
  for (auto &n : names)
    if (qualname == n || qualname.starts_with(n + ".<locals>."))
      return true;
  return false;
}

struct FastMathPass : llvm::PassInfoMixin<FastMathPass> {
  llvm::PreservedAnalyses run(llvm::Module &m, llvm::ModuleAnalysisManager &) {
    std::set<std::string> names;
    {
      std::lock_guard<std::mutex> lock(marksMutex);
      auto it = marks.find(m.getSourceFileName());
      if (it == marks.end())
        return llvm::PreservedAnalyses::all();
      names = it->second;
    }
    bool changed = false;
    for (llvm::Function &f : m) {
      if (f.isDeclaration() || !isMarked(f, names))
        continue;
      for (const char *attr : {"unsafe-fp-math", "no-infs-fp-math", "no-nans-fp-math",
                               "no-signed-zeros-fp-math", "approx-func-fp-math"})
        f.addFnAttr(attr, "true");
      for (llvm::BasicBlock &b : f)
        for (llvm::Instruction &i : b)
          if (llvm::isa<llvm::FPMathOperator>(&i))
            i.setFast(true);
      changed = true;
    }
    return changed ? llvm::PreservedAnalyses::none() : llvm::PreservedAnalyses::all();
  }
};

class FastMathPlugin : public Plugin {
public:
  void onLoad(PluginContext &context) override { context_ = &context; }

  void onModuleEncounter(const ModuleRef &module, ast::Module &tree, const std::string &) override {
    std::set<std::string> found;
    findMarked(tree.body, "", found);
    for (auto &q : found)
      context_->log("fastmath: " + module.name + "." + q);
    std::lock_guard<std::mutex> lock(marksMutex);
    marks[module.file] = std::move(found);
  }

  void registerLLVMPasses(llvm::PassBuilder &pb, int) override {
    pb.registerPipelineStartEPCallback(
        [](llvm::ModulePassManager &mpm, llvm::OptimizationLevel) { mpm.addPass(FastMathPass()); });
  }

private:
  PluginContext *context_ = nullptr;
};

} // namespace

PYLC_PLUGIN(FastMathPlugin, "fastmath",
            "LLVM fast-math for the functions marked @fastmath (LLVM-level)")
