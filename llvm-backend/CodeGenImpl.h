// Shared state of the PIR → LLVM code generator (CodeGenModule.cpp, CodeGenFunction.cpp).
#pragma once

#include "ir/IR.h"
#include "llvm-backend/CodeGen.h"
#include "llvm-backend/PyLayout.h"
#include "llvm-backend/RuntimeABI.h"

#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Module.h"

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace pylc::backend {

// Per-module state: the constant table, keyword-name tuples and each function's globals.
class ModuleCodeGen {
public:
  ModuleCodeGen(const ir::Module &m, llvm::Module &out);
  void run(bool emitMain);
  // The other modules of the program, which main() registers (CodeGenOptions).
  void setProgramModules(std::vector<ProgramModule> modules, std::string mainModule,
                         std::string mainSpec) {
    program_ = std::move(modules);
    mainModule_ = std::move(mainModule);
    mainSpec_ = std::move(mainSpec);
  }
  // The extension modules linked into the program (CodeGenOptions::builtinModules).
  void setBuiltinModules(std::vector<std::string> names) { builtins_ = std::move(names); }

  // Index of `c` in the module's constant table. Constants CPython would merge into one
  // object (ir::ConstData::operator==) share an entry; the items of a tuple or frozenset
  // get entries of their own first, so every entry refers only to earlier ones.
  unsigned constIndex(const ir::ConstData &c);
  // Loads constant `c` (a borrowed reference) at the builder's position.
  llvm::Value *loadConst(llvm::IRBuilder<> &b, const ir::ConstData &c);
  llvm::Value *loadStr(llvm::IRBuilder<> &b, const std::string &s);
  // A tuple of keyword names, created when the module is executed.
  llvm::Value *loadKwnames(llvm::IRBuilder<> &b, const std::vector<std::string> &names);

  llvm::Function *implOf(const ir::Function *f) { return impls_.at(f); }
  llvm::GlobalVariable *codeOf(const ir::Function *f) { return codes_.at(f); }
  llvm::GlobalVariable *descOf(const ir::Function *f) { return descs_.at(f); }
  // Records a raising site's location for `f`'s line table; returns its index.
  int addSite(const ir::Function *f, const ir::Loc &loc);

  RuntimeABI &abi() { return abi_; }
  // A private NUL-terminated string constant.
  llvm::Constant *cString(const std::string &s, const std::string &name);
  const PyLayout &layout() const { return layout_; }
  llvm::Module &out() { return out_; }

private:
  void declareFunctions();
  void emitDescriptors();
  llvm::Constant *bytesConstant(const std::string &s, const std::string &name);
  void emitConstTable();
  void emitExec();
  void emitMain();
  llvm::Constant *moduleTable();
  llvm::Constant *builtinTable();
  llvm::Constant *stringArray(const std::vector<std::string> &strings, const std::string &label);
  llvm::Constant *syntaxError(const ProgramModule::SyntaxError &e);

  const ir::Module &m_;
  llvm::Module &out_;
  RuntimeABI abi_;
  PyLayout layout_;
  llvm::GlobalVariable *consts_ = nullptr;
  std::vector<ir::ConstData> constList_;
  std::vector<std::vector<unsigned>> constItems_; // per entry: its items' indices
  std::unordered_map<size_t, std::vector<unsigned>> constsByHash_;
  std::vector<std::vector<std::string>> kwnameList_;
  std::vector<llvm::GlobalVariable *> kwnameVars_;
  std::map<const ir::Function *, llvm::Function *> impls_;
  std::map<const ir::Function *, llvm::GlobalVariable *> codes_, descs_;
  std::map<const ir::Function *, std::vector<ir::Loc>> sites_;
  std::vector<std::pair<llvm::GlobalVariable *, unsigned>> constSlotUsers_;
  llvm::Function *exec_ = nullptr;
  std::vector<ProgramModule> program_;
  std::string mainModule_, mainSpec_;
  std::vector<std::string> builtins_;
};

// Emits the body of one PIR function into its LLVM function.
void generateFunction(ModuleCodeGen &mcg, const ir::Function &f);

} // namespace pylc::backend
