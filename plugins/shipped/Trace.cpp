// trace: instruments every function's entry and exit (returns and exceptions alike) with
// calls into the _pylc_trace support module, which counts calls and times them and prints a
// table to stderr when the program exits. An IR rewrite on the mutation API: a call at the
// entry, one before each `ret`, and a handler every raise that leaves the function now goes
// through, which records the exit and raises the exception on unchanged.
//
// Generator and coroutine bodies are not timed (each resumption would be a call), nor are
// module and class bodies. `--plugin-arg trace:only=NAME` restricts it to the functions
// whose qualified name (module.qualname) starts with NAME.
#include "pylc/Plugin.h"

namespace {

using namespace pylc;
using namespace pylc::ir;

const char *kSupportModule = "_pylc_trace";

// `_pylc_trace.<fn>(name)`, its result dropped, raising out of the function if it raises.
void callSupport(Builder &b, const char *fn, const std::string &name) {
  b.setUnwind(nullptr);
  b.setLoc(Loc{});
  Instr *arg = b.str(name);
  Instr *r = b.callModuleAttr(kSupportModule, fn, {arg});
  b.decref(r);
}

void instrument(Function &f, const std::string &name) {
  std::vector<Instr *> leaving, returns;
  for (auto &b : f.blocks())
    for (auto &i : b->instrs()) {
      if (i->mayRaise() && !i->unwind())
        leaving.push_back(i.get());
      if (i->opcode() == Opcode::Ret)
        returns.push_back(i.get());
    }
  Builder b(&f);
  if (!leaving.empty()) {
    Block *handler = f.addBlock();
    for (Instr *i : leaving)
      i->setUnwind(handler);
    b.setBlock(handler);
    b.setLoc(Loc{});
    Instr *exc = b.create(Opcode::ExcFetch, {});
    callSupport(b, "leave", name);
    Instr *reraise = b.create(Opcode::ExcReraise, {exc});
    reraise->imm = static_cast<int64_t>(ReraiseSite::Keep);
  }
  for (Instr *ret : returns) {
    b.setInsertPoint(ret);
    callSupport(b, "leave", name);
  }
  // After the prologue that makes the cells (it runs before the frame is complete).
  auto &entry = f.entry()->instrs();
  size_t at = 0;
  while (at + 1 < entry.size() && entry[at]->opcode() == Opcode::CellMake)
    ++at;
  b.setInsertPoint(entry[at].get());
  callSupport(b, "enter", name);
}

class TracePlugin : public Plugin {
public:
  void onLoad(PluginContext &context) override {
    only_ = context.argument("only");
    context.addSearchPath(context.pluginDirectory() + "/trace-support");
    context.addModule(kSupportModule);
  }

  void onFunctionBody(const ModuleRef &module, Function &f) override {
    bool timed = f.kind() == FunctionKind::Function || f.kind() == FunctionKind::Lambda;
    if (!timed || f.isGenerator || f.isCoroutine || module.name == kSupportModule)
      return;
    std::string name = module.name + "." + f.qualname();
    if (name.compare(0, only_.size(), only_) != 0)
      return;
    instrument(f, name);
  }

private:
  std::string only_;
};

} // namespace

PYLC_PLUGIN(TracePlugin, "trace",
            "time every function's calls (entry to exit), printed at exit to stderr")
