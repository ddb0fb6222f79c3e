// Tests of llvm-backend's target, pipeline, emission, link and JIT layers on hand-built IR.
#include "frontend/Diagnostics.h"
#include "llvm-backend/Emit.h"
#include "llvm-backend/JIT.h"
#include "llvm-backend/Link.h"
#include "llvm-backend/Pipeline.h"
#include "llvm-backend/Target.h"

#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/TargetParser/Triple.h"

#include <gtest/gtest.h>

using namespace pylc;
using namespace pylc::backend;

namespace {

// i32 @answer() = 42, i32 @main() = 7, i32 @absOfMinus42() = abs(-42) (a libc symbol, resolved
// from the process by the JIT), and i32 @twice(i32) written as x + x.
std::unique_ptr<llvm::Module> buildModule(llvm::LLVMContext &ctx, const std::string &triple = "") {
  auto M = std::make_unique<llvm::Module>("test", ctx);
  if (!triple.empty())
    M->setTargetTriple(llvm::Triple::normalize(triple));
  llvm::IRBuilder<> b(ctx);
  auto *i32 = b.getInt32Ty();
  auto *noArgs = llvm::FunctionType::get(i32, false);
  auto define = [&](const char *name, llvm::FunctionType *type) {
    auto *f = llvm::Function::Create(type, llvm::Function::ExternalLinkage, name, *M);
    b.SetInsertPoint(llvm::BasicBlock::Create(ctx, "entry", f));
    return f;
  };
  define("answer", noArgs);
  b.CreateRet(b.getInt32(42));
  define("main", noArgs);
  b.CreateRet(b.getInt32(7));
  auto abs = M->getOrInsertFunction("abs", llvm::FunctionType::get(i32, {i32}, false));
  define("absOfMinus42", noArgs);
  b.CreateRet(b.CreateCall(abs, {b.getInt32(-42)}));
  auto *twice = define("twice", llvm::FunctionType::get(i32, {i32}, false));
  b.CreateRet(b.CreateAdd(twice->getArg(0), twice->getArg(0)));
  return M;
}

// A fresh directory, removed with everything in it at the end of the test.
class TempDir {
public:
  TempDir() {
    llvm::SmallString<128> path;
    EXPECT_FALSE(llvm::sys::fs::createUniqueDirectory("pylc-backend-test", path));
    path_ = std::string(path);
  }
  ~TempDir() { llvm::sys::fs::remove_directories(path_); }
  std::string file(const std::string &name) const { return path_ + "/" + name; }
  // Names of the entries, to prove no temporary was left behind.
  std::vector<std::string> entries() const {
    std::vector<std::string> names;
    std::error_code ec;
    for (llvm::sys::fs::directory_iterator it(path_, ec), end; it != end && !ec; it.increment(ec))
      names.push_back(llvm::sys::path::filename(it->path()).str());
    std::sort(names.begin(), names.end());
    return names;
  }

private:
  std::string path_;
};

std::string readFile(const std::string &path) {
  auto buffer = llvm::MemoryBuffer::getFile(path);
  return buffer ? (*buffer)->getBuffer().str() : std::string();
}

template <typename F> std::string compileErrorOf(F &&f) {
  try {
    f();
  } catch (const CompileError &e) {
    return e.what();
  }
  return "";
}

// The runtime archive next to this test binary (build/bin/../lib), if it has been built.
std::string runtimeArchive() {
  std::string exe = llvm::sys::fs::getMainExecutable(nullptr, nullptr);
  llvm::SmallString<256> path(llvm::sys::path::parent_path(llvm::sys::path::parent_path(exe)));
  llvm::sys::path::append(path, "lib", "libpylcrt.a");
  return llvm::sys::fs::exists(path) ? std::string(path) : std::string();
}

} // namespace

TEST(BackendTarget, HostAndCrossTargetMachines) {
  EXPECT_FALSE(hostTriple().empty());
  EXPECT_TRUE(isHostTriple(hostTriple()));
  for (const char *triple : {"", "aarch64-linux-gnu", "riscv64-linux-gnu"}) {
    std::string t = *triple ? triple : hostTriple();
    auto tm = createTargetMachine(t, 2);
    ASSERT_TRUE(tm) << t;
    EXPECT_EQ(tm->getRelocationModel(), llvm::Reloc::PIC_);
  }
  EXPECT_TRUE(createTargetMachine("aarch64-linux-gnu", 0)->getTargetCPU().empty());
}

TEST(BackendTarget, UnknownTripleIsACompileError) {
  std::string message = compileErrorOf([] { createTargetMachine("xyz", 2); });
  EXPECT_NE(message.find("unknown target triple 'xyz'"), std::string::npos) << message;
}

TEST(BackendPipeline, AllLevelsWithHooks) {
  auto tm = createTargetMachine(hostTriple(), 2);
  for (int level = 0; level <= 3; ++level) {
    llvm::LLVMContext ctx;
    auto M = buildModule(ctx);
    int hookCalls = 0;
    PipelineHooks hooks;
    hooks.registerCallbacks.push_back([&](llvm::PassBuilder &) { ++hookCalls; });
    optimizeModule(*M, *tm, level, hooks);
    EXPECT_EQ(hookCalls, 1);
    EXPECT_FALSE(M->getDataLayoutStr().empty());
    EXPECT_TRUE(M->getFunction("answer"));
  }
}

TEST(BackendJIT, CallsFunctionsAndResolvesProcessSymbols) {
  auto jit = JITSession::create(2);
  auto ctx = std::make_unique<llvm::LLVMContext>();
  auto M = buildModule(*ctx);
  jit->addModule(std::move(M), std::move(ctx));
  auto answer = reinterpret_cast<int (*)()>(jit->lookup("answer"));
  EXPECT_EQ(answer(), 42);
  auto mainFn = reinterpret_cast<int (*)()>(jit->lookup("main"));
  EXPECT_EQ(mainFn(), 7);
  auto absFn = reinterpret_cast<int (*)()>(jit->lookup("absOfMinus42"));
  EXPECT_EQ(absFn(), 42);
  auto twice = reinterpret_cast<int (*)(int)>(jit->lookup("twice"));
  EXPECT_EQ(twice(21), 42);
  EXPECT_NE(compileErrorOf([&] { jit->lookup("noSuchSymbol"); }).find("noSuchSymbol"),
            std::string::npos);
}

TEST(BackendJIT, UndefinedReferenceIsACompileError) {
  auto jit = JITSession::create(0);
  auto ctx = std::make_unique<llvm::LLVMContext>();
  auto M = std::make_unique<llvm::Module>("undef", *ctx);
  llvm::IRBuilder<> b(*ctx);
  auto *type = llvm::FunctionType::get(b.getInt32Ty(), false);
  auto missing = M->getOrInsertFunction("pylcTestNoSuchFunction", type);
  auto *f = llvm::Function::Create(type, llvm::Function::ExternalLinkage, "callsMissing", *M);
  b.SetInsertPoint(llvm::BasicBlock::Create(*ctx, "entry", f));
  b.CreateRet(b.CreateCall(missing));
  jit->addModule(std::move(M), std::move(ctx));
  std::string message = compileErrorOf([&] { jit->lookup("callsMissing"); });
  EXPECT_NE(message.find("pylcTestNoSuchFunction"), std::string::npos) << message;
}

TEST(BackendEmit, AssemblyAndObjectsForSeveralTargets) {
  TempDir dir;
  for (std::string triple :
       {hostTriple(), std::string("aarch64-linux-gnu"), std::string("riscv64-linux-gnu")}) {
    llvm::LLVMContext ctx;
    auto M = buildModule(ctx, triple);
    auto tm = createTargetMachine(triple, 2);
    optimizeModule(*M, *tm, 2);
    std::string asmPath = dir.file("m-" + triple + ".s");
    std::string objPath = dir.file("m-" + triple + ".o");
    emitFile(*M, *tm, EmitKind::Assembly, asmPath);
    emitFile(*M, *tm, EmitKind::Object, objPath);
    EXPECT_NE(readFile(asmPath).find("answer:"), std::string::npos) << triple;
    EXPECT_EQ(readFile(objPath).substr(0, 4), "\x7f"
                                              "ELF")
        << triple;
  }
  llvm::LLVMContext ctx;
  auto M = buildModule(ctx);
  writeLLVMIR(*M, dir.file("m.ll"));
  EXPECT_NE(readFile(dir.file("m.ll")).find("define i32 @answer()"), std::string::npos);

  testing::internal::CaptureStdout();
  writeLLVMIR(*M, "-");
  EXPECT_NE(testing::internal::GetCapturedStdout().find("define i32 @main()"), std::string::npos);
}

TEST(BackendEmit, UnwritableOutputLeavesNoFile) {
  TempDir dir;
  llvm::LLVMContext ctx;
  auto M = buildModule(ctx);
  auto tm = createTargetMachine(hostTriple(), 0);
  std::string missingDir = dir.file("no/such/dir/m.o");
  std::string message = compileErrorOf([&] { emitFile(*M, *tm, EmitKind::Object, missingDir); });
  EXPECT_EQ(message.rfind("cannot write '" + missingDir + "': ", 0), 0u) << message;
  EXPECT_FALSE(llvm::sys::fs::exists(missingDir));

  // The output is a directory: the temporary is written, the rename fails, nothing is left.
  ASSERT_FALSE(llvm::sys::fs::create_directory(dir.file("sub")));
  message = compileErrorOf([&] { emitFile(*M, *tm, EmitKind::Assembly, dir.file("sub")); });
  EXPECT_NE(message.find("cannot write"), std::string::npos) << message;
  message = compileErrorOf([&] { writeLLVMIR(*M, dir.file("sub")); });
  EXPECT_NE(message.find("cannot write"), std::string::npos) << message;
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"sub"});
}

TEST(BackendLink, HostExecutableRuns) {
  TempDir dir;
  llvm::LLVMContext ctx;
  auto M = buildModule(ctx);
  auto tm = createTargetMachine(hostTriple(), 2);
  optimizeModule(*M, *tm, 2);
  emitFile(*M, *tm, EmitKind::Object, dir.file("m.o"));

  LinkOptions options;
  options.objects = {dir.file("m.o")};
  options.output = dir.file("m");
  options.runtimeLibrary = runtimeArchive();
  linkExecutable(options);
  ASSERT_TRUE(llvm::sys::fs::can_execute(dir.file("m")));
  std::string exe = dir.file("m");
  EXPECT_EQ(llvm::sys::ExecuteAndWait(exe, {exe}), 7);
  EXPECT_EQ(dir.entries(), (std::vector<std::string>{"m", "m.o"}));

  // lld can link again in the same process; a failing link leaves no output.
  options.objects = {dir.file("no-such.o")};
  options.output = dir.file("bad");
  std::string message = compileErrorOf([&] { linkExecutable(options); });
  EXPECT_NE(message.find("no-such.o"), std::string::npos) << message;
  EXPECT_EQ(dir.entries(), (std::vector<std::string>{"m", "m.o"}));

  options.objects = {dir.file("m.o")};
  options.output = dir.file("missing-dir/m");
  message = compileErrorOf([&] { linkExecutable(options); });
  EXPECT_EQ(message.rfind("cannot write '" + options.output + "'", 0), 0u) << message;
}

TEST(BackendLink, CrossTargetWithoutFilesIsNotSupported) {
  TempDir dir;
  LinkOptions options;
  options.triple = "riscv64-linux-gnu";
  options.sysroot = dir.file(""); // an empty sysroot has no crt files for sure
  options.objects = {dir.file("m.o")};
  options.output = dir.file("m");
  std::string message = compileErrorOf([&] { linkExecutable(options); });
  EXPECT_EQ(
      message.rfind("linking for target 'riscv64-unknown-linux-gnu' is not supported yet: ", 0), 0u)
      << message;
  options.triple = "xyz";
  message = compileErrorOf([&] { linkExecutable(options); });
  EXPECT_NE(message.find("unknown target triple 'xyz'"), std::string::npos) << message;
  options.triple = "x86_64-apple-darwin";
  message = compileErrorOf([&] { linkExecutable(options); });
  EXPECT_NE(message.find("is not supported yet"), std::string::npos) << message;
  EXPECT_TRUE(dir.entries().empty());
}
