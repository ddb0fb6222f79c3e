// Module-level code generation: constants, function descriptors and code objects, the exec
// entry point and `main`.
#include "llvm-backend/CodeGen.h"
#include "llvm-backend/CodeGenImpl.h"

#include "linetable.h"

#include "llvm/IR/Verifier.h"

#include <functional>
#include <set>

using namespace llvm;

namespace pylc::backend {

std::string moduleExecSymbol(const std::string &moduleName) { return "pylc_exec_" + moduleName; }
std::string moduleExecSymbol(const ir::Module &m) { return moduleExecSymbol(m.name()); }

ModuleCodeGen::ModuleCodeGen(const ir::Module &m, Module &out)
    : m_(m), out_(out), abi_(out), layout_(out.getDataLayout()) {}

unsigned ModuleCodeGen::constIndex(const ir::ConstData &c) {
  std::vector<unsigned> &bucket = constsByHash_[ir::hashConst(c)];
  for (unsigned i : bucket)
    if (constList_[i] == c)
      return i;
  std::vector<unsigned> items;
  for (auto &e : c.elts)
    items.push_back(constIndex(e));
  unsigned index = constList_.size();
  constList_.push_back(c);
  constItems_.push_back(std::move(items));
  constsByHash_[ir::hashConst(c)].push_back(index); // `bucket` may have moved
  return index;
}

Value *ModuleCodeGen::loadConst(IRBuilder<> &b, const ir::ConstData &c) {
  Value *slot = b.CreateConstInBoundsGEP1_64(abi_.ptr(), consts_, constIndex(c));
  auto *load = b.CreateLoad(abi_.ptr(), slot, "const");
  load->setMetadata(LLVMContext::MD_invariant_load, MDNode::get(b.getContext(), {}));
  load->setMetadata(LLVMContext::MD_nonnull, MDNode::get(b.getContext(), {}));
  return load;
}

static ir::ConstData strConst(const std::string &s) {
  ir::ConstData c;
  c.kind = ir::ConstData::Kind::Str;
  c.text = s;
  return c;
}

Value *ModuleCodeGen::loadStr(IRBuilder<> &b, const std::string &s) {
  return loadConst(b, strConst(s));
}

Value *ModuleCodeGen::loadKwnames(IRBuilder<> &b, const std::vector<std::string> &names) {
  unsigned i = 0;
  for (; i < kwnameList_.size(); ++i)
    if (kwnameList_[i] == names)
      break;
  if (i == kwnameList_.size()) {
    kwnameList_.push_back(names);
    for (auto &n : names)
      constIndex(strConst(n)); // the exec function loads them to build the tuple
    kwnameVars_.push_back(new GlobalVariable(out_, abi_.ptr(), false, GlobalValue::InternalLinkage,
                                             ConstantPointerNull::get(PointerType::getUnqual(out_.getContext())),
                                             "pylc.kwnames"));
  }
  return b.CreateLoad(abi_.ptr(), kwnameVars_[i], "kwnames");
}

int ModuleCodeGen::addSite(const ir::Function *f, const ir::Loc &loc) {
  auto &sites = sites_[f];
  sites.push_back(loc);
  return sites.size() - 1;
}

Constant *ModuleCodeGen::cString(const std::string &s, const std::string &name) {
  auto *init = ConstantDataArray::getString(out_.getContext(), s, true);
  auto *gv = new GlobalVariable(out_, init->getType(), true, GlobalValue::PrivateLinkage, init,
                                name);
  gv->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
  return gv;
}

Constant *ModuleCodeGen::bytesConstant(const std::string &s, const std::string &name) {
  // NUL-terminated as well, so str and bytes data can be read as C strings when short.
  return cString(s, name);
}

void ModuleCodeGen::declareFunctions() {
  LLVMContext &ctx = out_.getContext();
  auto *implTy = FunctionType::get(abi_.ptr(), {abi_.ptr(), abi_.ptr()}, false);
  for (auto &f : m_.functions()) {
    auto *fn = Function::Create(implTy, GlobalValue::InternalLinkage, "py." + f->id(), out_);
    fn->getArg(0)->setName("func");
    fn->getArg(1)->setName("params");
    impls_[f.get()] = fn;
    codes_[f.get()] = new GlobalVariable(out_, abi_.ptr(), false, GlobalValue::InternalLinkage,
                                         ConstantPointerNull::get(PointerType::getUnqual(ctx)),
                                         "code." + f->id());
    descs_[f.get()] = new GlobalVariable(out_, abi_.funcDescType(), true,
                                         GlobalValue::InternalLinkage, nullptr, "desc." + f->id());
  }
}

// co_localspluskinds of slot k: a parameter that is also a cell keeps its local bit.
static unsigned slotKindBits(ir::SlotKind kind, unsigned k, const ir::Signature &sig) {
  enum { Local = 0x20, Cell = 0x40, Free = 0x80 }; // CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE
  switch (kind) {
  case ir::SlotKind::Fast: return Local;
  case ir::SlotKind::Cell: return k < sig.params.size() ? Local | Cell : Cell;
  case ir::SlotKind::Free: return Free;
  }
  return Local;
}

// pylc_func_flags for the kind of code (runtime/pylc_runtime.h).
static int functionKindFlags(const ir::Function &f) {
  enum {
    Unoptimized = 4,
    Generator = 8,
    Coroutine = 16,
    AsyncGenerator = 32,
    Nested = 64,
    ModuleBody = 128
  };
  int flags = f.hasLocalsMapping() ? Unoptimized : 0;
  if (f.isGenerator)
    flags |= f.isCoroutine ? AsyncGenerator : Generator;
  else if (f.isCoroutine)
    flags |= Coroutine;
  if (f.isNested)
    flags |= Nested;
  if (f.isModuleBody())
    flags |= ModuleBody;
  return flags;
}

// co_names: the global, attribute and imported names the code uses, in the order CPython's
// compiler meets them (the order of the blocks approximates it).
static std::vector<std::string> coNames(const ir::Function &f) {
  std::vector<std::string> names;
  for (auto &b : f.blocks())
    for (auto &i : b->instrs()) {
      switch (i->opcode()) {
      case ir::Opcode::NameLoad:
      case ir::Opcode::NameStore:
      case ir::Opcode::NameDel:
      case ir::Opcode::GlobalLoad:
      case ir::Opcode::GlobalStore:
      case ir::Opcode::GlobalDel:
      case ir::Opcode::AttrLoad:
      case ir::Opcode::AttrStore:
      case ir::Opcode::AttrDel:
      case ir::Opcode::MethodLoad:
      case ir::Opcode::Import:
      case ir::Opcode::ImportFrom:
        if (std::find(names.begin(), names.end(), i->name) == names.end())
          names.push_back(i->name);
        break;
      default:
        break;
      }
    }
  return names;
}

// The functions `f` defines (func.make), in the order it makes them.
static std::vector<const ir::Function *> children(const ir::Function &f) {
  std::vector<const ir::Function *> out;
  for (auto &b : f.blocks())
    for (auto &i : b->instrs())
      if (i->opcode() == ir::Opcode::MakeFunction &&
          std::find(out.begin(), out.end(), i->callee) == out.end())
        out.push_back(i->callee);
  return out;
}

// A constant array of C strings.
Constant *ModuleCodeGen::stringArray(const std::vector<std::string> &strings,
                                     const std::string &label) {
  std::vector<Constant *> elems;
  for (auto &s : strings)
    elems.push_back(cString(s, label));
  auto *arrTy = ArrayType::get(abi_.ptr(), elems.size());
  return new GlobalVariable(out_, arrTy, true, GlobalValue::PrivateLinkage,
                            ConstantArray::get(arrTy, elems), label + "s");
}

void ModuleCodeGen::emitDescriptors() {
  LLVMContext &ctx = out_.getContext();
  auto i32 = [&](int v) { return ConstantInt::get(abi_.i32(), v); };
  Constant *null = ConstantPointerNull::get(PointerType::getUnqual(ctx));
  for (auto &f : m_.functions()) {
    const ir::Signature &sig = f->signature;
    std::string kinds;
    for (unsigned k = 0; k < f->locals().size(); ++k)
      kinds.push_back(static_cast<char>(slotKindBits(f->slotKind(k), k, sig)));
    Constant *varnames = stringArray(f->locals(), "varname");
    std::vector<std::string> coNamesList = coNames(*f);
    std::vector<Constant *> childCodes;
    for (const ir::Function *c : children(*f))
      childCodes.push_back(codes_.at(c));
    auto *childTy = ArrayType::get(abi_.ptr(), childCodes.size());
    auto *childArray = new GlobalVariable(out_, childTy, true, GlobalValue::PrivateLinkage,
                                          ConstantArray::get(childTy, childCodes), "children");
    // One line-table entry per raising site (at least one code unit).
    std::vector<ir::Loc> sites = sites_[f.get()];
    if (sites.empty())
      sites.push_back(ir::Loc{f->firstLine, -1, f->firstLine, -1});
    std::vector<int> lines, endLines, cols, endCols;
    for (auto &l : sites) {
      lines.push_back(l.line > 0 ? l.line : -1);
      endLines.push_back(l.endLine);
      cols.push_back(l.line > 0 ? l.col : -1);
      endCols.push_back(l.endCol);
    }
    // The sites follow the RESUME, whose line a module's code puts at 0 (see code.c).
    int resumeLine = f->isModuleBody() ? 0 : f->firstLine;
    size_t len = pylc_linetable_encode(lines.data(), endLines.data(), cols.data(), endCols.data(),
                                       sites.size(), resumeLine, nullptr);
    std::string table(len, '\0');
    pylc_linetable_encode(lines.data(), endLines.data(), cols.data(), endCols.data(), sites.size(),
                          resumeLine, reinterpret_cast<unsigned char *>(table.data()));
    int flags = (sig.varargs ? 1 : 0) | (sig.varkw ? 2 : 0) | functionKindFlags(*f);
    descs_[f.get()]->setInitializer(ConstantStruct::get(
        abi_.funcDescType(),
        {cString(f->name(), "name"), cString(f->qualname(), "qualname"), i32(f->firstLine),
         i32(sig.argcount), i32(sig.posonlyargcount), i32(sig.kwonlyargcount), i32(flags),
         i32(f->locals().size()), varnames, kinds.empty() ? null : bytesConstant(kinds, "kinds"),
         bytesConstant(table, "linetable"), i32(len), i32(sites.size()),
         f->hasDoc ? cString(f->doc, "doc") : null, i32(coNamesList.size()),
         stringArray(coNamesList, "coname"), i32(childCodes.size()), childArray,
         impls_.at(f.get())}));
  }
}

void ModuleCodeGen::emitConstTable() {
  LLVMContext &ctx = out_.getContext();
  std::vector<Constant *> descs;
  Constant *null = ConstantPointerNull::get(PointerType::getUnqual(ctx));
  for (unsigned k = 0; k < constList_.size(); ++k) {
    const ir::ConstData &c = constList_[k];
    bool hasData = c.kind == ir::ConstData::Kind::Int || c.kind == ir::ConstData::Kind::Str ||
                   c.kind == ir::ConstData::Kind::Bytes;
    bool hasItems =
        c.kind == ir::ConstData::Kind::Tuple || c.kind == ir::ConstData::Kind::FrozenSet;
    Constant *items = null;
    if (hasItems && !constItems_[k].empty()) {
      std::vector<Constant *> indices;
      for (unsigned i : constItems_[k])
        indices.push_back(ConstantInt::get(abi_.i32(), i));
      auto *arrTy = ArrayType::get(abi_.i32(), indices.size());
      auto *gv = new GlobalVariable(out_, arrTy, true, GlobalValue::PrivateLinkage,
                                    ConstantArray::get(arrTy, indices), "constitems");
      gv->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
      items = gv;
    }
    size_t len = hasItems ? c.elts.size() : c.text.size();
    descs.push_back(ConstantStruct::get(abi_.constDescType(),
                                        {ConstantInt::get(abi_.i32(), static_cast<int>(c.kind)),
                                         hasData ? bytesConstant(c.text, "constdata") : null,
                                         ConstantInt::get(abi_.ssize(), len),
                                         ConstantFP::get(Type::getDoubleTy(ctx), c.number),
                                         ConstantFP::get(Type::getDoubleTy(ctx), c.real), items}));
  }
  auto *descTy = ArrayType::get(abi_.constDescType(), descs.size());
  new GlobalVariable(out_, descTy, true, GlobalValue::PrivateLinkage,
                     ConstantArray::get(descTy, descs), "pylc.constdescs");
  auto *tableTy = ArrayType::get(abi_.ptr(), constList_.size());
  auto *table = new GlobalVariable(out_, tableTy, false, GlobalValue::InternalLinkage,
                                   ConstantAggregateZero::get(tableTy), "pylc.consts");
  consts_->replaceAllUsesWith(table);
  consts_->eraseFromParent();
  consts_ = table;
}

void ModuleCodeGen::emitExec() {
  // pylc_exec_<name>(globals): constants, code objects, keyword tuples, then the body.
  IRBuilder<> b(out_.getContext());
  BasicBlock *entry = BasicBlock::Create(out_.getContext(), "entry", exec_);
  BasicBlock *fail = BasicBlock::Create(out_.getContext(), "fail", exec_);
  b.SetInsertPoint(fail);
  b.CreateRet(ConstantPointerNull::get(PointerType::getUnqual(out_.getContext())));
  b.SetInsertPoint(entry);
  auto *descs = out_.getNamedGlobal("pylc.constdescs");
  Value *rc = b.CreateCall(abi_.get("pylc_init_consts"),
                           {descs, ConstantInt::get(abi_.i32(), constList_.size()), consts_});
  auto next = [&](Value *failed) {
    BasicBlock *ok = BasicBlock::Create(out_.getContext(), "ok", exec_);
    b.CreateCondBr(failed, fail, ok);
    b.SetInsertPoint(ok);
  };
  next(b.CreateICmpSLT(rc, ConstantInt::get(abi_.i32(), 0)));
  Value *filename = loadStr(b, m_.path());
  // Children first: a code object's co_consts holds its nested functions' code.
  std::set<const ir::Function *> made;
  std::function<void(const ir::Function *)> make = [&](const ir::Function *f) {
    if (!made.insert(f).second)
      return;
    for (const ir::Function *c : children(*f))
      make(c);
    Value *code = b.CreateCall(abi_.get("pylc_code_new"), {descs_.at(f), filename});
    next(b.CreateIsNull(code));
    b.CreateStore(code, codes_.at(f));
  };
  for (auto &f : m_.functions())
    make(f.get());
  for (unsigned i = 0; i < kwnameList_.size(); ++i) {
    auto &names = kwnameList_[i];
    Value *items = b.CreateAlloca(abi_.ptr(), b.getInt64(names.size()));
    for (unsigned k = 0; k < names.size(); ++k) {
      Value *s = loadStr(b, names[k]);
      abi_.incref(b, s);
      b.CreateStore(s, b.CreateConstGEP1_64(abi_.ptr(), items, k));
    }
    Value *t = b.CreateCall(abi_.get("pylc_build_tuple"), {items, b.getInt64(names.size())});
    next(b.CreateIsNull(t));
    b.CreateStore(t, kwnameVars_[i]);
  }
  // The body runs as a compiled function of its own, with the module dict as its globals
  // and its locals mapping.
  Constant *null = ConstantPointerNull::get(PointerType::getUnqual(out_.getContext()));
  const ir::Function *body = m_.body();
  Value *bodyFn = b.CreateCall(abi_.get("pylc_function_new"),
                               {descs_[body], impls_[body], b.CreateLoad(abi_.ptr(), codes_[body]),
                                exec_->getArg(0), null, null, null, null});
  next(b.CreateIsNull(bodyFn));
  Value *result = b.CreateCall(abi_.get("pylc_call_body"), {bodyFn, exec_->getArg(0)});
  abi_.decref(b, bodyFn);
  b.CreateRet(result);
}

void ModuleCodeGen::emitMain() {
  LLVMContext &ctx = out_.getContext();
  auto *mainTy = FunctionType::get(abi_.i32(), {abi_.i32(), abi_.ptr()}, false);
  auto *mainFn = Function::Create(mainTy, GlobalValue::ExternalLinkage, "main", out_);
  IRBuilder<> b(BasicBlock::Create(ctx, "entry", mainFn));
  if (!program_.empty())
    b.CreateCall(abi_.get("pylc_register_modules"),
                 {moduleTable(), ConstantInt::get(abi_.i32(), program_.size())});
  if (!builtins_.empty())
    b.CreateCall(abi_.get("pylc_register_builtins"),
                 {builtinTable(), ConstantInt::get(abi_.i32(), builtins_.size())});
  if (!mainSpec_.empty())
    b.CreateCall(abi_.get("pylc_set_main_module"),
                 {cString(mainModule_, "mainmodule"), cString(mainSpec_, "mainspec")});
  b.CreateRet(b.CreateCall(abi_.get("pylc_main"), {mainFn->getArg(0), mainFn->getArg(1), exec_,
                                                   cString(m_.path(), "filename")}));
}

// A pylc_syntax_error, or null when `e` is no error.
Constant *ModuleCodeGen::syntaxError(const ProgramModule::SyntaxError &e) {
  LLVMContext &ctx = out_.getContext();
  Constant *null = ConstantPointerNull::get(PointerType::getUnqual(ctx));
  if (e.type.empty())
    return null;
  auto *errorTy = StructType::get(
      ctx, {abi_.ptr(), abi_.ptr(), abi_.ptr(), abi_.i32(), abi_.i32(), abi_.i32(), abi_.i32()});
  auto i32 = [&](int v) { return ConstantInt::get(abi_.i32(), v); };
  Constant *value =
      ConstantStruct::get(errorTy, {cString(e.type, "errtype"), cString(e.message, "errmsg"),
                                    e.text.empty() ? null : cString(e.text, "errtext"), i32(e.line),
                                    i32(e.offset), i32(e.endLine), i32(e.endOffset)});
  return new GlobalVariable(out_, errorTy, true, GlobalValue::PrivateLinkage, value,
                            "pylc.syntaxerror");
}

// The pylc_module_entry table of the program's other modules.
Constant *ModuleCodeGen::moduleTable() {
  LLVMContext &ctx = out_.getContext();
  Constant *null = ConstantPointerNull::get(PointerType::getUnqual(ctx));
  auto *execTy = FunctionType::get(abi_.ptr(), {abi_.ptr()}, false);
  auto *entryTy =
      StructType::get(ctx, {abi_.ptr(), abi_.ptr(), abi_.ptr(), abi_.ptr(), abi_.ptr()});
  std::vector<Constant *> entries;
  for (auto &pm : program_) {
    Constant *exec = null;
    if (pm.hasBody) {
      const std::string &body = pm.execOf.empty() ? pm.name : pm.execOf;
      exec = cast<Constant>(out_.getOrInsertFunction(moduleExecSymbol(body), execTy).getCallee());
    }
    entries.push_back(ConstantStruct::get(
        entryTy,
        {cString(pm.name, "modname"), exec, pm.file.empty() ? null : cString(pm.file, "modfile"),
         pm.path.empty() ? null : cString(pm.path, "modpath"), syntaxError(pm.error)}));
  }
  auto *tableTy = ArrayType::get(entryTy, entries.size());
  return new GlobalVariable(out_, tableTy, true, GlobalValue::PrivateLinkage,
                            ConstantArray::get(tableTy, entries), "pylc.modules");
}

// The pylc_builtin_entry table of the extension modules: {name, PyInit_<name>}, the init
// functions declared here and defined by the user's objects.
Constant *ModuleCodeGen::builtinTable() {
  LLVMContext &ctx = out_.getContext();
  auto *initTy = FunctionType::get(abi_.ptr(), {}, false);
  auto *entryTy = StructType::get(ctx, {abi_.ptr(), abi_.ptr()});
  std::vector<Constant *> entries;
  for (auto &name : builtins_) {
    auto *init = cast<Constant>(out_.getOrInsertFunction("PyInit_" + name, initTy).getCallee());
    entries.push_back(ConstantStruct::get(entryTy, {cString(name, "builtinname"), init}));
  }
  auto *tableTy = ArrayType::get(entryTy, entries.size());
  return new GlobalVariable(out_, tableTy, true, GlobalValue::PrivateLinkage,
                            ConstantArray::get(tableTy, entries), "pylc.builtins");
}

void ModuleCodeGen::run(bool withMain) {
  consts_ = new GlobalVariable(out_, abi_.ptr(), false, GlobalValue::ExternalLinkage, nullptr,
                               "pylc.consts.placeholder");
  auto *execTy = FunctionType::get(abi_.ptr(), {abi_.ptr()}, false);
  exec_ = Function::Create(execTy, GlobalValue::ExternalLinkage, moduleExecSymbol(m_), out_);
  declareFunctions();
  for (auto &f : m_.functions())
    generateFunction(*this, *f);
  constIndex(strConst(m_.path())); // co_filename, loaded by the exec function
  emitDescriptors();
  emitConstTable();
  emitExec();
  if (withMain)
    emitMain();
}

std::unique_ptr<Module> generateLLVM(const ir::Module &m, LLVMContext &ctx,
                                     const CodeGenOptions &opts) {
  auto out = std::make_unique<Module>(m.name(), ctx);
  out->setSourceFileName(m.path());
  if (!opts.triple.empty())
    out->setTargetTriple(opts.triple);
  if (!opts.dataLayout.empty())
    out->setDataLayout(opts.dataLayout);
  ModuleCodeGen gen(m, *out);
  gen.setProgramModules(opts.programModules, opts.mainModule, opts.mainSpec);
  gen.setBuiltinModules(opts.builtinModules);
  gen.run(opts.emitMain);
  return out;
}

} // namespace pylc::backend
