#include "driver/Compiler.h"

#include "frontend/ASTPrinter.h"
#include "frontend/ConstFold.h"
#include "frontend/Diagnostics.h"
#include "frontend/Parser.h"
#include "frontend/Source.h"
#include "llvm-backend/CodeGen.h"
#include "llvm-backend/Target.h"
#include "lowering/Lower.h"
#include "lowering/PassManager.h"

#include "llvm/IR/Module.h"
#include "llvm/Target/TargetMachine.h"

#include <chrono>
#include <cstdio>
#include <iostream>

namespace pylc {

struct ParsedModule {
  std::unique_ptr<ast::Module> module;
};

Compiler::Compiler(CompileOptions opts) : opts_(std::move(opts)) {
  path_ = pylc::absolutePath(opts_.input);
}

Compiler::~Compiler() = default;

void Compiler::stage(const std::string &name, const std::function<void()> &fn) const {
  auto start = std::chrono::steady_clock::now();
  fn();
  if (opts_.verbose) {
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count();
    std::fprintf(stderr, "pylc: %-22s %8.2f ms\n", name.c_str(), ms);
  }
}

void Compiler::parse() {
  std::string source;
  stage("load", [&] { source = loadSource(opts_.input); });
  ast_ = std::make_unique<ParsedModule>();
  stage("parse", [&] { ast_->module = parseModule(source, path_); });
  stage("fold constants", [&] { foldConstants(*ast_->module); });
}

void Compiler::printAST(std::ostream &os) const { pylc::printAST(*ast_->module, os); }

void Compiler::lower() {
  stage("lower", [&] { pir_ = lowerModule(*ast_->module, "__main__"); });
  PassManager pm = buildDefaultPipeline(opts_.optLevel);
  PassManager all = buildDefaultPipeline(3);
  for (auto &name : opts_.printAfter) {
    if (name == "all" || name == "lower" || pm.contains(name))
      continue;
    if (all.contains(name))
      throw CompileError("", {}, "pass '" + name + "' does not run at -O" +
                                     std::to_string(opts_.optLevel) + " (see `pylc passes`)");
    throw CompileError("", {}, "unknown pass '" + name + "' in --print-after (see `pylc passes`)");
  }
  PassRunOptions run;
  run.printAfter = opts_.printAfter;
  run.printStream = &std::cout;
  if (opts_.verbose)
    run.onPassDone = [](const std::string &pass, double seconds) {
      std::fprintf(stderr, "pylc:   pass %-15s %8.2f ms\n", pass.c_str(), seconds * 1000);
    };
  stage("pir passes", [&] { pm.run(*pir_, run); });
}

std::unique_ptr<llvm::Module> Compiler::codegen(llvm::LLVMContext &ctx, bool emitMain) {
  backend::initializeTargets();
  std::string triple = opts_.triple.empty() ? backend::hostTriple() : opts_.triple;
  auto tm = backend::createTargetMachine(triple, opts_.optLevel);
  std::unique_ptr<llvm::Module> m;
  stage("llvm codegen", [&] {
    backend::CodeGenOptions cg;
    cg.triple = triple;
    cg.dataLayout = tm->createDataLayout().getStringRepresentation();
    cg.emitMain = emitMain;
    m = backend::generateLLVM(*pir_, ctx, cg);
  });
  return m;
}

} // namespace pylc
