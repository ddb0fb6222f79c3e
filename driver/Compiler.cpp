#include "driver/Compiler.h"

#include "frontend/ASTPrinter.h"
#include "frontend/ConstFold.h"
#include "frontend/Diagnostics.h"
#include "frontend/FutureStatements.h"
#include "frontend/Parser.h"
#include "frontend/Source.h"
#include "ir/Parser.h"
#include "ir/Verifier.h"
#include "llvm-backend/CodeGen.h"
#include "llvm-backend/Target.h"
#include "lowering/Lower.h"
#include "lowering/PassManager.h"
#include "plugins/PluginHost.h"

#include "llvm/IR/Module.h"
#include "llvm/Target/TargetMachine.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>

namespace pylc {

Compiler::Compiler(CompileOptions opts) : opts_(std::move(opts)) {
  if (!opts_.input.empty())
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

namespace {

// The SyntaxError the interpreter raises for `e`: offsets count characters, 1-based.
backend::ProgramModule::SyntaxError syntaxErrorOf(const CompileError &e) {
  backend::ProgramModule::SyntaxError s;
  s.type = e.pythonType();
  s.message = e.what();
  const SourceRange &loc = e.loc();
  if (!loc.valid())
    return s;
  s.line = loc.line;
  std::string text = readSourceLine(e.file(), loc.line);
  auto chars = [](const std::string &line, int bytes) {
    int n = 0;
    for (int i = 0; i < bytes && i < (int)line.size(); ++i)
      n += ((unsigned char)line[i] & 0xC0) != 0x80;
    return n;
  };
  s.text = text.empty() ? "" : text + "\n";
  s.offset = chars(text, loc.col) + 1;
  if (loc.endLine > 0) {
    s.endLine = loc.endLine;
    s.endOffset =
        chars(loc.endLine == loc.line ? text : readSourceLine(e.file(), loc.endLine), loc.endCol) +
        1;
  }
  return s;
}

} // namespace

std::unique_ptr<ast::Module> Compiler::parseFile(const std::string &name,
                                                 const std::string &path) const {
  std::string source;
  std::unique_ptr<ast::Module> m;
  ModuleRef ref{name, pylc::absolutePath(path)};
  bool hooks = plugins_ && !plugins_->empty();
  stage("load", [&] { source = loadSource(path); });
  if (hooks)
    stage("plugins: source", [&] { plugins_->moduleSourceCode(ref, source); });
  stage("parse", [&] { m = parseModule(source, ref.file); });
  // Plugins see the tree as the parser gives it (as `ast.parse` would), before folding.
  if (hooks)
    stage("plugins: ast", [&] { plugins_->moduleEncounter(ref, *m, source); });
  stage("fold constants", [&] {
    checkFutureStatements(*m);
    foldConstants(*m);
  });
  return m;
}

void Compiler::parse() {
  Unit main;
  main.source.name = "__main__";
  main.source.path = path_;
  main.source.ast = parseFile("__main__", opts_.input);
  units_.clear();
  units_.push_back(std::move(main));
}

bool isPIRInput(const std::string &path) { return llvm::StringRef(path).ends_with(".pir"); }

void Compiler::loadPIR() {
  Unit main;
  std::string text = loadSource(opts_.input);
  stage("parse pir", [&] {
    try {
      main.pir = ir::parseModule(text);
    } catch (const ir::ParseError &e) {
      throw CompileError(path_, SourceRange{e.line, e.col - 1, 0, 0}, e.what());
    }
  });
  std::vector<std::string> errors = ir::verifyModule(*main.pir);
  if (!errors.empty()) {
    std::string msg = "invalid PIR:";
    for (auto &e : errors)
      msg += "\n  " + e;
    throw CompileError(path_, {}, msg);
  }
  main.source.name = main.pir->name();
  main.source.path = main.pir->path();
  units_.clear();
  program_.clear();
  units_.push_back(std::move(main));
}

void Compiler::discover() {
  DiscoveryOptions d;
  d.mainScript = opts_.input;
  d.mainModule = opts_.mainModule;
  d.searchPaths = opts_.searchPaths;
  d.includeModules = opts_.includeModules;
  if (plugins_ && !plugins_->empty()) {
    for (auto &name : plugins_->addedModules())
      d.includeModules.push_back(name);
    for (auto &dir : plugins_->addedSearchPaths())
      d.searchPaths.push_back(dir);
    d.onDiscovered = [this](DiscoveredModule &m) { plugins_->moduleDiscovered(m); };
  }
  d.excludeModules = opts_.excludeModules;
  d.includePackages = opts_.includePackages;
  // `pylc` is the runtime's own module (runtime/pylc_module.c): @pylc.cfunc declarations
  // import it. It is registered only when the program imports it.
  d.builtinModules = opts_.builtinModules;
  bool linked = std::count(d.builtinModules.begin(), d.builtinModules.end(), "pylc");
  if (!linked)
    d.builtinModules.push_back("pylc");
  bool usesPylc = false;
  d.onBuiltin = [&](const std::string &name) { usesPylc |= name == "pylc"; };
  d.parse = [this](const std::string &name, const std::string &path) {
    return parseFile(name, path);
  };
  if (opts_.verbose)
    d.log = [](const std::string &line) { std::fprintf(stderr, "pylc: %s\n", line.c_str()); };
  std::vector<SourceModule> modules;
  stage("discover modules", [&] { modules = discoverModules(d); });
  if (usesPylc && !linked)
    opts_.builtinModules.push_back("pylc");
  units_.clear();
  program_.clear();
  path_ = modules.front().path;
  for (auto &m : modules) {
    if (!m.specName.empty()) {
      // `import pkg.__main__` runs the same code again, as a module of that name.
      backend::ProgramModule pm;
      pm.name = m.specName;
      pm.file = m.path;
      pm.execOf = m.name;
      program_.push_back(std::move(pm));
    }
    if (m.name != "__main__") {
      backend::ProgramModule pm;
      pm.name = m.name;
      pm.file = m.path;
      for (auto &dir : m.dirs)
        pm.path += (pm.path.empty() ? "" : "\n") + dir;
      pm.hasBody = m.ast != nullptr;
      if (m.error)
        pm.error = syntaxErrorOf(*m.error);
      program_.push_back(std::move(pm));
    }
    if (m.ast)
      units_.push_back(Unit{std::move(m), nullptr});
  }
}

void Compiler::printAST(std::ostream &os) const { pylc::printAST(*units_.front().source.ast, os); }

const PassManager &Compiler::pipeline() const {
  if (pipeline_)
    return *pipeline_;
  PassManager pm;
  if (!opts_.passes) {
    pm = buildDefaultPipeline(opts_.optLevel);
    if (plugins_)
      plugins_->registerPasses(pm);
  } else {
    // Plugin passes are named like built-in ones: take them from the full pipeline.
    PassManager plugged = buildDefaultPipeline(3);
    if (plugins_)
      plugins_->registerPasses(plugged);
    for (auto &name : *opts_.passes) {
      auto pass = createPassByName(name);
      if (!pass)
        pass = plugged.take(name);
      if (!pass)
        throw CompileError("", {}, "unknown pass '" + name + "' in --passes (see `pylc passes`)");
      pm.add(std::move(pass));
    }
  }
  pipeline_ = std::make_unique<PassManager>(std::move(pm));
  return *pipeline_;
}

std::string Compiler::inputStage() const { return isPIRInput(opts_.input) ? "input" : "lower"; }

void Compiler::checkPassOptions() const {
  const PassManager &pm = pipeline();
  PassManager all = buildDefaultPipeline(3);
  for (auto &name : opts_.printAfter) {
    if (name == "all" || name == inputStage() || pm.contains(name))
      continue;
    if (opts_.passes)
      throw CompileError("", {}, "pass '" + name + "' is not in --passes");
    if (all.contains(name))
      throw CompileError("", {}, "pass '" + name + "' does not run at -O" +
                                     std::to_string(opts_.optLevel) + " (see `pylc passes`)");
    throw CompileError("", {}, "unknown pass '" + name + "' in --print-after (see `pylc passes`)");
  }
}

void Compiler::lower() {
  checkPassOptions();
  for (size_t i = 0; i < units_.size(); ++i)
    lowerModule(i);
}

void Compiler::lowerModule(size_t i) {
  Unit &u = units_[i];
  if (u.source.ast)
    stage("lower", [&] { u.pir = pylc::lowerModule(*u.source.ast, u.source.name); });
  if (u.source.ast && plugins_ && !plugins_->empty())
    stage("plugins: pir", [&] {
      plugins_->functionBodies(ModuleRef{u.source.name, u.source.path}, *u.pir);
    });
  const PassManager &pm = pipeline();
  PassRunOptions run;
  run.inputStage = inputStage();
  run.printAfter = opts_.printAfter;
  run.printStream = &std::cout;
  if (opts_.verbose)
    run.onPassDone = [](const std::string &pass, double seconds) {
      std::fprintf(stderr, "pylc:   pass %-15s %8.2f ms\n", pass.c_str(), seconds * 1000);
    };
  stage("pir passes", [&] { pm.run(*u.pir, run); });
}

std::unique_ptr<llvm::Module> Compiler::codegen(llvm::LLVMContext &ctx, bool emitMain, size_t i) {
  backend::initializeTargets();
  std::string triple = opts_.triple.empty() ? backend::hostTriple() : opts_.triple;
  auto tm = backend::createTargetMachine(triple, opts_.optLevel);
  std::unique_ptr<llvm::Module> m;
  stage("llvm codegen", [&] {
    backend::CodeGenOptions cg;
    cg.triple = triple;
    cg.dataLayout = tm->createDataLayout().getStringRepresentation();
    cg.emitMain = emitMain;
    if (emitMain) {
      cg.programModules = program_;
      cg.mainModule = opts_.mainModule;
      cg.mainSpec = mainSpec();
      cg.builtinModules = opts_.builtinModules;
    }
    m = backend::generateLLVM(*units_[i].pir, ctx, cg);
  });
  return m;
}

} // namespace pylc
