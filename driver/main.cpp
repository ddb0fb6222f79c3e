// The `pylc` command: `pylc build`, `pylc run` and `pylc passes`.
#include "driver/Compiler.h"
#include "driver/Extensions.h"

#include "frontend/Diagnostics.h"
#include "frontend/Parser.h"
#include "frontend/Source.h"
#include "ir/Printer.h"
#include "llvm-backend/CodeGen.h"
#include "llvm-backend/Emit.h"
#include "llvm-backend/JIT.h"
#include "llvm-backend/Link.h"
#include "llvm-backend/Pipeline.h"
#include "llvm-backend/Target.h"
#include "lowering/PassManager.h"
#include "plugins/PluginHost.h"
#include "plugins/Registration.h"

#include "pylc_runtime.h"

#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Target/TargetMachine.h"

#include <CLI/CLI.hpp>

#include <atomic>
#include <cstdio>
#include <deque>
#include <exception>
#include <fstream>
#include <iostream>
#include <mutex>
#include <thread>

using namespace pylc;

namespace {

// The command's positional inputs: the Python program and the native inputs beside it, and
// the options that pass through to clang and the linker.
struct InputArgs {
  std::vector<std::string> positional;
  NativeOptions native;
};

struct BuildArgs {
  CompileOptions compile;
  InputArgs inputs;
  std::string output;
  std::string emit = "exe";
  std::string sysroot;
};

// libpylcrt.a, installed beside pylc as <prefix>/lib/libpylcrt.a.
// The directory pylc is installed under: <prefix>/bin/pylc.
llvm::SmallString<256> installPrefix(const char *argv0) {
  static int anchor;
  std::string exe = llvm::sys::fs::getMainExecutable(argv0, &anchor);
  return llvm::SmallString<256>(llvm::sys::path::parent_path(llvm::sys::path::parent_path(exe)));
}

std::string runtimeLibrary(const char *argv0) {
  llvm::SmallString<256> path = installPrefix(argv0);
  llvm::sys::path::append(path, "lib", "libpylcrt.a");
  if (!llvm::sys::fs::exists(path))
    throw CompileError("", {}, "runtime library not found at '" + std::string(path) + "'");
  return std::string(path);
}

// <prefix>/lib/pylc/plugins: where `--plugin NAME` looks.
std::string pluginDirectory(const char *argv0) {
  llvm::SmallString<256> path = installPrefix(argv0);
  llvm::sys::path::append(path, "lib", "pylc", "plugins");
  return std::string(path);
}

// Loads the plugins of a compilation: --plugin, then the main script's `# pylc:` comments,
// then the plugin modules it imports (plugins/Registration.h).
std::unique_ptr<PluginHost> loadPlugins(const CompileOptions &o, const char *argv0) {
  auto host = std::make_unique<PluginHost>(pluginDirectory(argv0), o.optLevel,
                                           o.triple.empty() ? backend::hostTriple() : o.triple);
  if (o.verbose)
    host->setLog([](const std::string &line) { std::fprintf(stderr, "pylc: %s\n", line.c_str()); });
  std::vector<std::string> plugins = o.plugins, args = o.pluginArgs;
  // The main script, when the input is one (not PIR, not -m).
  std::string script = !o.input.empty() && !isPIRInput(o.input) ? absolutePath(o.input) : "";
  llvm::StringRef dir = llvm::sys::path::parent_path(script);
  std::string source;
  if (!script.empty()) {
    source = loadSource(o.input);
    OptionComments c = readOptionComments(source, script);
    // A path in the script is relative to the script, wherever pylc runs.
    for (auto &p : c.plugins) {
      llvm::StringRef spec(p);
      bool path = spec.contains('/') || spec.ends_with(".py") || spec.ends_with(".so");
      if (!path || llvm::sys::path::is_absolute(spec)) {
        plugins.push_back(p);
        continue;
      }
      llvm::SmallString<256> full(dir);
      llvm::sys::path::append(full, p);
      plugins.push_back(std::string(full));
    }
    args.insert(args.end(), c.pluginArgs.begin(), c.pluginArgs.end());
  }
  for (auto &a : args)
    host->addArgument(a);
  for (auto &p : plugins)
    host->load(p);
  if (!script.empty()) {
    std::vector<std::string> roots{dir.str()};
    for (auto &p : o.searchPaths)
      roots.push_back(absolutePath(p));
    std::unique_ptr<ast::Module> main;
    try {
      main = parseModule(source, script);
    } catch (const CompileError &) {
      return host; // the compilation reports it (after plugins may have changed the source)
    }
    for (auto &file : importedPluginModules(*main, roots))
      host->load(file);
  }
  return host;
}

// What plugins add to LLVM's pipelines.
backend::PipelineHooks llvmHooks(PluginHost *plugins, int optLevel) {
  backend::PipelineHooks hooks;
  if (plugins && !plugins->empty())
    hooks.registerCallbacks.push_back(
        [plugins, optLevel](llvm::PassBuilder &pb) { plugins->registerLLVMPasses(pb, optLevel); });
  return hooks;
}

uint64_t fileSize(const std::string &path) {
  uint64_t size = 0;
  if (path != "-")
    llvm::sys::fs::file_size(path, size);
  return size;
}

std::string defaultOutput(const CompileOptions &o, const std::string &emit) {
  const std::string &m = o.mainModule;
  llvm::SmallString<256> stem(m.empty() ? llvm::sys::path::stem(o.input)
                              : llvm::StringRef(m).rsplit('.').second.empty()
                                  ? llvm::StringRef(m)
                                  : llvm::StringRef(m).rsplit('.').second);
  if (emit == "exe")
    return std::string(stem);
  if (emit == "llvm")
    return std::string(stem) + ".ll";
  if (emit == "asm")
    return std::string(stem) + ".s";
  if (emit == "obj")
    return std::string(stem) + ".o";
  return "-";
}

// Writes text to `path` ("-" = stdout) without leaving a partial file behind.
void writeText(const std::string &path, const std::string &text) {
  if (path == "-") {
    std::cout << text;
    return;
  }
  backend::writeFileAtomically(path, text);
}

void initInterpreter(std::vector<std::string> argv) {
  std::vector<char *> ptrs;
  for (auto &a : argv)
    ptrs.push_back(a.data());
  ptrs.push_back(nullptr);
  if (pylc_initialize(static_cast<int>(argv.size()), ptrs.data()) != 0)
    throw CompileError("", {}, "cannot initialise the embedded Python interpreter");
}

// Temporary object files, removed when the build ends however it ends.
class TempObjects {
public:
  std::string create() {
    llvm::SmallString<128> obj;
    if (auto ec = llvm::sys::fs::createTemporaryFile("pylc", "o", obj))
      throw CompileError("", {}, "cannot create a temporary file: " + ec.message());
    paths_.push_back(std::string(obj));
    return paths_.back();
  }
  const std::vector<std::string> &paths() const { return paths_; }
  ~TempObjects() {
    for (auto &p : paths_)
      llvm::sys::fs::remove(p);
  }

private:
  std::vector<std::string> paths_;
};

// Every module of the program: LLVM IR, optimised, one object file each, linked with the runtime
// into the executable.
void buildExecutable(Compiler &c, const BuildArgs &args, NativeInputs &native, const char *argv0,
                     PluginHost &plugins) {
  TempObjects objects;
  std::vector<std::string> objs;
  for (size_t i = 0; i < c.moduleCount(); ++i)
    objs.push_back(objects.create());
  c.checkPassOptions();
  std::string triple;
  // Modules are compiled independently (each with its own LLVM context), on as many threads
  // as there are cores; the first error in module order is the one reported.
  std::vector<std::exception_ptr> errors(c.moduleCount());
  std::atomic<size_t> next{0};
  std::mutex tripleMutex;
  auto work = [&] {
    for (size_t i; (i = next++) < c.moduleCount();) {
      try {
        c.lowerModule(i);
        llvm::LLVMContext ctx;
        auto m = c.codegen(ctx, /*emitMain=*/i == 0, i);
        auto tm = backend::createTargetMachine(m->getTargetTriple(), args.compile.optLevel);
        c.stage("llvm optimise", [&] {
          backend::optimizeModule(*m, *tm, args.compile.optLevel,
                                  llvmHooks(&plugins, args.compile.optLevel));
        });
        c.stage("emit object",
                [&] { backend::emitFile(*m, *tm, backend::EmitKind::Object, objs[i]); });
        std::lock_guard<std::mutex> lock(tripleMutex);
        triple = m->getTargetTriple();
      } catch (...) {
        errors[i] = std::current_exception();
      }
    }
  };
  unsigned threads = c.printsPIR() ? 1 : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min<size_t>(threads, c.moduleCount());
  // Lowering asks the embedded interpreter about constants (frozenset order, equality):
  // the workers take the GIL for that, so this thread lets go of it meanwhile.
  PyThreadState *interpreter = PyEval_SaveThread();
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t)
    pool.emplace_back(work);
  work();
  for (auto &t : pool)
    t.join();
  PyEval_RestoreThread(interpreter);
  for (auto &e : errors)
    if (e)
      std::rethrow_exception(e);
  backend::LinkOptions link;
  link.triple = triple;
  link.objects = objects.paths();
  link.objects.insert(link.objects.end(), native.linkInputs().begin(), native.linkInputs().end());
  link.libraryDirs = native.options().libraryDirs;
  link.libraries = native.options().libraries;
  link.cxxRuntime = native.hasCxx();
  link.output = args.output;
  link.runtimeLibrary = runtimeLibrary(argv0);
  link.sysroot = args.sysroot;
  link.verbose = args.compile.verbose;
  if (!plugins.empty()) {
    LinkInputs inputs{link.triple, link.output, link.objects, link.libraries, link.libraryDirs};
    c.stage("plugins: link", [&] { plugins.link(inputs); });
    link.objects = inputs.objects;
    link.libraries = inputs.libraries;
    link.libraryDirs = inputs.libraryPaths;
  }
  c.stage("link", [&] { backend::linkExecutable(link); });
}

// Splits the positional inputs into the Python program (the one .py or .pir file) and the
// native inputs, and checks that there is one program (a file or -m, not both). With -m,
// every input is native.
std::unique_ptr<NativeInputs> takeInputs(CompileOptions &o, InputArgs &in, int optLevel) {
  for (const std::string &p : in.positional) {
    InputKind k = inputKind(p);
    if ((k == InputKind::Python || k == InputKind::PIR) && o.input.empty())
      o.input = p; // with -m too: that is the error "either a .py file or -m"
    else if (k == InputKind::Unknown && o.input.empty() && o.mainModule.empty())
      o.input = p; // the program, whatever its name: its loading reports what is wrong
    else
      in.native.inputs.push_back(p);
  }
  if (o.input.empty() == o.mainModule.empty())
    throw CompileError("", {},
                       o.input.empty() ? "input is required (a .py file, or -m NAME)"
                                       : "give either a .py file or -m NAME, not both");
  in.native.triple = o.triple;
  in.native.optLevel = optLevel;
  in.native.verbose = o.verbose;
  return std::make_unique<NativeInputs>(in.native);
}

int runBuild(BuildArgs args, const char *argv0) {
  args.inputs.native.sysroot = args.sysroot;
  auto native = takeInputs(args.compile, args.inputs, args.compile.optLevel);
  if (!native->empty() && args.emit != "exe")
    throw CompileError("", {},
                       "C/C++ sources, objects and libraries are linked into an "
                       "executable only (no --emit " +
                           args.emit + ")");
  if (args.output.empty())
    args.output = defaultOutput(args.compile, args.emit);
  initInterpreter({"pylc"});
  if (!args.compile.mainModule.empty() && args.emit != "exe")
    throw CompileError("", {}, "-m builds an executable only (no --emit " + args.emit + ")");
  // Outlives the compiler, whose pipeline may hold the plugins' passes.
  std::unique_ptr<PluginHost> plugins = loadPlugins(args.compile, argv0);
  Compiler c(args.compile);
  c.setPlugins(plugins.get());
  c.checkPassOptions(); // option errors before input errors
  auto finished = [&](const std::string &emit) {
    BuildResult r{args.output, emit, fileSize(args.output)};
    if (!plugins->empty())
      try {
        c.stage("plugins: finished", [&] { plugins->buildFinished(r); });
      } catch (...) {
        // A failing build leaves no output, even when only the last hook failed.
        if (args.output != "-")
          llvm::sys::fs::remove(args.output);
        throw;
      }
    return 0;
  };
  bool pir = isPIRInput(args.compile.input);
  if (pir && args.emit == "ast")
    throw CompileError("", {}, "a .pir input has no AST (no --emit ast)");
  if (args.emit == "exe") {
    c.stage("compile native inputs", [&] { native->compile(); });
    c.setBuiltinModules(native->extensionModules());
    pir ? c.loadPIR() : c.discover();
    buildExecutable(c, args, *native, argv0, *plugins);
    return finished("exe");
  }
  pir ? c.loadPIR() : c.parse();
  if (args.emit == "ast") {
    std::ostringstream os;
    c.printAST(os);
    writeText(args.output, os.str());
    return finished("ast");
  }
  c.lower();
  if (args.emit == "pir") {
    writeText(args.output, ir::toString(c.pir()));
    return finished("pir");
  }
  llvm::LLVMContext ctx;
  auto m = c.codegen(ctx, /*emitMain=*/true);
  auto tm = backend::createTargetMachine(m->getTargetTriple(), args.compile.optLevel);
  c.stage("llvm optimise", [&] {
    backend::optimizeModule(*m, *tm, args.compile.optLevel,
                            llvmHooks(plugins.get(), args.compile.optLevel));
  });
  if (args.emit == "llvm")
    backend::writeLLVMIR(*m, args.output);
  else if (args.emit == "asm")
    c.stage("emit asm",
            [&] { backend::emitFile(*m, *tm, backend::EmitKind::Assembly, args.output); });
  else
    c.stage("emit object",
            [&] { backend::emitFile(*m, *tm, backend::EmitKind::Object, args.output); });
  return finished(args.emit);
}

int runJIT(CompileOptions opts, InputArgs inputs, const std::vector<std::string> &programArgs,
           const char *argv0) {
  auto native = takeInputs(opts, inputs, opts.optLevel);
  native->compile(/*forJIT=*/true);
  opts.builtinModules = native->extensionModules();
  // What `python -m` puts in sys.argv[0] before runpy replaces it with the file.
  std::vector<std::string> argv{opts.mainModule.empty() ? opts.input : "-m"};
  argv.insert(argv.end(), programArgs.begin(), programArgs.end());
  initInterpreter(argv);
  std::unique_ptr<PluginHost> plugins = loadPlugins(opts, argv0);
  Compiler c(opts);
  c.setPlugins(plugins.get());
  c.checkPassOptions();
  isPIRInput(opts.input) ? c.loadPIR() : c.discover();
  c.lower();
  auto jit = backend::JITSession::create(opts.optLevel);
  jit->setPipelineHooks(llvmHooks(plugins.get(), opts.optLevel));
  c.stage("jit add native inputs", [&] { addNativeInputs(*native, *jit); });
  for (size_t i = 0; i < c.moduleCount(); ++i) {
    auto ctx = std::make_unique<llvm::LLVMContext>();
    auto m = c.codegen(*ctx, /*emitMain=*/false, i);
    c.stage("jit add module", [&] { jit->addModule(std::move(m), std::move(ctx)); });
  }
  void *exec = nullptr;
  // The table the executable's main() would register; it lives until the process ends.
  static std::vector<pylc_module_entry> table;
  static std::deque<pylc_syntax_error> errors;
  c.stage("jit compile", [&] {
    exec = jit->lookup(backend::moduleExecSymbol(c.pir()));
    for (auto &pm : c.programModules()) {
      const std::string &execOf = pm.execOf.empty() ? pm.name : pm.execOf;
      void *body = pm.hasBody ? jit->lookup(backend::moduleExecSymbol(execOf)) : nullptr;
      const pylc_syntax_error *error = nullptr;
      if (auto &e = pm.error; !e.type.empty())
        error = &errors.emplace_back(pylc_syntax_error{e.type.c_str(), e.message.c_str(),
                                                       e.text.empty() ? nullptr : e.text.c_str(),
                                                       e.line, e.offset, e.endLine, e.endOffset});
      table.push_back({pm.name.c_str(), reinterpret_cast<pylc_module_exec>(body),
                       pm.file.empty() ? nullptr : pm.file.c_str(),
                       pm.path.empty() ? nullptr : pm.path.c_str(), error});
    }
  });
  if (!plugins->empty())
    c.stage("plugins: finished", [&] { plugins->buildFinished(BuildResult{"", "jit", 0}); });
  // The program must not see the compiler's plugins (their Python objects included).
  c.setPlugins(nullptr);
  plugins.reset();
  static std::vector<pylc_builtin_entry> builtins;
  c.stage("jit link extensions", [&] {
    for (const std::string &name : c.builtinModules())
      builtins.push_back(
          {name.c_str(), reinterpret_cast<PyObject *(*)(void)>(jit->lookup("PyInit_" + name))});
  });
  // Static constructors of the C++ inputs (and nothing else when there are none).
  if (!native->empty())
    c.stage("jit initialisers", [&] { jit->runInitializers(); });
  if (!builtins.empty() &&
      pylc_register_builtins(builtins.data(), static_cast<int>(builtins.size())) < 0)
    return 1;
  if (!table.empty() && pylc_register_modules(table.data(), static_cast<int>(table.size())) < 0)
    return 1;
  static std::string mainModule = opts.mainModule, mainSpec = c.mainSpec();
  if (!mainSpec.empty())
    pylc_set_main_module(mainModule.c_str(), mainSpec.c_str());
  std::fflush(stderr);
  int rc = pylc_run_main(reinterpret_cast<pylc_module_exec>(exec), c.absolutePath().c_str());
  // Native code may have registered atexit handlers (C++ static destructors, atexit()):
  // its memory must outlive the process's exit, so the JIT is not torn down.
  if (!native->empty())
    (void)jit.release();
  return rc;
}

int listPasses(const CompileOptions &o, bool optGiven, const char *argv0) {
  initInterpreter({"pylc"});
  std::unique_ptr<PluginHost> plugins = loadPlugins(o, argv0);
  PassManager pm = buildDefaultPipeline(optGiven ? o.optLevel : 3);
  plugins->registerPasses(pm);
  if (optGiven)
    std::cout << "PIR passes at -O" << o.optLevel << ", in pipeline order:\n";
  else
    std::cout << "PIR passes, in pipeline order (-O1 and above run all; -O0 runs simplify-cfg):\n";
  std::printf("  %-18s %s\n", "lower", "AST to PIR (the input of the pipeline)");
  for (auto &p : pm.passes())
    std::printf("  %-18s %s\n", p->name(), p->description());
  return 0;
}

int listPlugins(const char *argv0) {
  initInterpreter({"pylc"});
  PluginHost host(pluginDirectory(argv0), 2, backend::hostTriple());
  auto found = host.available();
  std::cout << "Plugins in " << pluginDirectory(argv0) << " (use with --plugin NAME):\n";
  for (auto &p : found)
    std::printf("  %-14s %s\n", p.name.c_str(), p.description.c_str());
  if (found.empty())
    std::cout << "  (none)\n";
  std::cout << "Any other plugin is given by path: --plugin path/to/plugin.so or plugin.py\n";
  return 0;
}

void addPluginOptions(CLI::App *cmd, CompileOptions &o) {
  cmd->add_option("--plugin", o.plugins,
                  "Load a plugin: NAME (see `pylc plugins`), path.so or path.py (repeatable)")
      ->type_name("PLUGIN")
      ->allow_extra_args(false);
  cmd->add_option("--plugin-arg", o.pluginArgs, "An argument for a plugin (repeatable)")
      ->type_name("NAME:KEY[=VALUE]")
      ->allow_extra_args(false);
}

void addInputOptions(CLI::App *cmd, InputArgs &in, const char *what) {
  cmd->add_option("inputs", in.positional, what);
  NativeOptions &n = in.native;
  cmd->add_option("-I", n.includeDirs, "Include directory for the C/C++ inputs")
      ->type_name("DIR")
      ->allow_extra_args(false);
  cmd->add_option("-D", n.defines, "Macro for the C/C++ inputs (NAME or NAME=VALUE)")
      ->type_name("NAME[=VALUE]")
      ->allow_extra_args(false);
  cmd->add_option("-L", n.libraryDirs, "Library directory for -l")
      ->type_name("DIR")
      ->allow_extra_args(false);
  cmd->add_option("-l", n.libraries, "Link library NAME (lib<NAME>.so or lib<NAME>.a)")
      ->type_name("NAME")
      ->allow_extra_args(false);
}

void addCommonOptions(CLI::App *cmd, CompileOptions &o) {
  cmd->add_option("-O", o.optLevel, "Optimisation level 0-3")->check(CLI::Range(0, 3));
  cmd->add_flag("-v,--verbose", o.verbose, "Print each stage and its time");
  cmd->add_option("--print-after", o.printAfter, "Print the PIR after this pass (or 'all')")
      ->delimiter(',');
  cmd->add_option("--passes", o.passes,
                  "Run these PIR passes in this order instead of the -O level's pipeline "
                  "(comma-separated; empty: none)")
      ->delimiter(',')
      ->expected(0, -1)
      ->type_name("PASS,...");
  cmd->add_option("--path", o.searchPaths,
                  "Look for user modules in DIR too, after the script's directory (repeatable)")
      ->type_name("DIR")
      ->allow_extra_args(false);
  cmd->add_option("--include-module", o.includeModules,
                  "Compile in module NAME, which the program imports only dynamically")
      ->type_name("NAME")
      ->allow_extra_args(false);
  cmd->add_option("--include-package", o.includePackages,
                  "Compile top-level package NAME of sys.path (the standard library, "
                  "site-packages) and its submodules the program imports")
      ->type_name("NAME")
      ->allow_extra_args(false);
  cmd->add_option("--exclude-module", o.excludeModules,
                  "Leave module NAME (and its submodules) to the normal importer")
      ->type_name("NAME")
      ->allow_extra_args(false);
  addPluginOptions(cmd, o);
}

bool isTopLevelFlag(const std::string &arg) {
  return arg == "-h" || arg == "--help" || arg == "--version";
}

// For `pylc run [options] script args...`: returns the argc that ends at the script and
// moves the script's own arguments to `programArgs`.
int splitProgramArgs(int argc, char **argv, std::vector<std::string> &programArgs) {
  if (argc < 3 || std::string(argv[1]) != "run")
    return argc;
  bool nativeBefore = false;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if ((a == "--print-after" || a == "--passes") && i + 1 < argc) {
      ++i;
      continue;
    }
    if ((a == "-O" || a == "--path" || a == "--plugin" || a == "--plugin-arg" ||
         a == "--include-module" || a == "--exclude-module" || a == "--include-package" ||
         a == "-I" || a == "-D" || a == "-L" || a == "-l") &&
        i + 1 < argc) {
      ++i;
      continue;
    }
    if (a == "-m" && i + 1 < argc) {
      int end = i + 2; // native inputs may follow the module name as they follow a script
      while (!nativeBefore && end < argc && isNativeInput(argv[end]))
        ++end;
      for (int k = end; k < argc; ++k)
        programArgs.push_back(argv[k]);
      return end;
    }
    if (!a.empty() && a[0] == '-')
      continue;
    // Native inputs before the script are pylc's; so are those right after it when none
    // came before (`pylc run main.py fast.c args...`). The first other argument after the
    // script starts the program's own.
    if (isNativeInput(a)) {
      nativeBefore = true;
      continue;
    }
    int end = i + 1;
    while (!nativeBefore && end < argc && isNativeInput(argv[end]))
      ++end;
    for (int k = end; k < argc; ++k)
      programArgs.push_back(argv[k]);
    return end;
  }
  return argc;
}

} // namespace

int main(int argc, char **argv) {
  CLI::App app{"pylc: a Python 3.11 compiler (LLVM 19)"};
  app.set_version_flag("--version", std::string("pylc ") + PYLC_VERSION + " (LLVM 19, Python 3.11)");
  app.require_subcommand(1);

  BuildArgs build;
  CLI::App *buildCmd = app.add_subcommand("build", "Compile a Python program to a native executable");
  addInputOptions(buildCmd, build.inputs,
                  "The .py file, and C/C++ sources, objects and libraries to link with it");
  buildCmd->add_option("-m", build.compile.mainModule,
                       "Build module NAME (a package: its __main__) as the program, as python -m");
  buildCmd->add_option("-o", build.output, "Output file ('-' for stdout with text --emit kinds)");
  buildCmd->add_option("--emit", build.emit, "What to produce")
      ->check(CLI::IsMember({"exe", "obj", "asm", "llvm", "pir", "ast"}));
  buildCmd->add_option("--target", build.compile.triple, "Target triple (default: the host)");
  buildCmd->add_option("--sysroot", build.sysroot, "Root of the target's libraries for linking");
  addCommonOptions(buildCmd, build.compile);

  CompileOptions runOpts;
  runOpts.optLevel = 1;
  std::vector<std::string> programArgs;
  InputArgs runInputs;
  CLI::App *runCmd = app.add_subcommand("run", "Compile with the JIT and run at once");
  addInputOptions(runCmd, runInputs,
                  "C/C++ sources, objects and libraries, and the .py file (native inputs "
                  "right after it are pylc's too when none came before it)");
  runCmd->add_option("-m", runOpts.mainModule, "Run module NAME as the program, as python -m");
  addCommonOptions(runCmd, runOpts);

  BuildArgs opt;
  opt.emit = "pir";
  opt.output = "-";
  opt.compile.passes.emplace();
  CLI::App *optCmd = app.add_subcommand(
      "opt",
      "Run PIR passes on a .pir file (none unless --passes or -p says) and print the result");
  optCmd->add_option("input", opt.compile.input, "The .pir (or .py) file")->required();
  optCmd->add_option("-o", opt.output, "Output file (default: stdout)");
  optCmd->add_option("--emit", opt.emit, "What to produce")
      ->check(CLI::IsMember({"pir", "llvm", "asm", "obj"}));
  optCmd->add_option("--target", opt.compile.triple, "Target triple (default: the host)");
  optCmd->add_option("-p", opt.compile.passes, "Same as --passes")->delimiter(',');
  addCommonOptions(optCmd, opt.compile);

  CompileOptions passesOpts;
  CLI::App *passesCmd =
      app.add_subcommand("passes", "List the PIR passes (with --plugin: plugin passes in place)");
  CLI::Option *passesOpt =
      passesCmd->add_option("-O", passesOpts.optLevel, "The pipeline of this level")
          ->check(CLI::Range(0, 3));
  addPluginOptions(passesCmd, passesOpts);
  CLI::App *pluginsCmd = app.add_subcommand("plugins", "List the plugins that come with pylc");

  // Everything after the script of `pylc run` belongs to the program, untouched.
  int pylcArgc = splitProgramArgs(argc, argv, programArgs);
  if (argc > 1 && argv[1][0] == '-' && !isTopLevelFlag(argv[1])) {
    std::fprintf(stderr, "pylc: error: unknown option '%s' (see pylc --help)\n", argv[1]);
    return 1;
  }
  try {
    app.parse(pylcArgc, argv);
  } catch (const CLI::CallForHelp &e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion &e) {
    return app.exit(e);
  } catch (const CLI::ParseError &e) {
    std::fprintf(stderr, "pylc: error: %s\n", e.what());
    return 1;
  }

  try {
    if (*buildCmd)
      return runBuild(build, argv[0]);
    if (*runCmd)
      return runJIT(runOpts, std::move(runInputs), programArgs, argv[0]);
    if (*optCmd)
      return runBuild(opt, argv[0]);
    if (*pluginsCmd)
      return listPlugins(argv[0]);
    return listPasses(passesOpts, passesOpt->count() > 0, argv[0]);
  } catch (const CompileError &e) {
    std::fputs(formatCompileError(e).c_str(), stderr);
    return 1;
  } catch (const VerifierError &e) {
    std::fprintf(stderr, "pylc: internal error: %s\n", e.what());
    return 2;
  }
}
