// Code generation for one PIR function: a native function `PyObject *(PyObject *func,
// PyObject *const *params)` that links an interpreter frame of its own into the thread's
// frame chain (runtime/frames.c) and keeps its local variables in that frame's slots. Before
// each raising site it points the frame's instruction pointer at the site's code unit, so
// the interpreter sees the current line; the site's error path releases the references the
// ownership analysis finds outstanding, adds the frame's traceback entry, and returns NULL.
#include "llvm-backend/CodeGenImpl.h"

#include "ir/Ownership.h"

#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/Support/Casting.h"

#include <set>

using namespace llvm;
using pylc::ir::Opcode;

namespace pylc::backend {
namespace {

class FunctionCodeGen {
public:
  FunctionCodeGen(ModuleCodeGen &mcg, const ir::Function &f)
      : mcg_(mcg), abi_(mcg.abi()), f_(f), fn_(mcg.implOf(&f)), b_(fn_->getContext()), own_(f) {}
  void run();

private:
  using Instr = ir::Instr;
  Value *get(const ir::Value *v) const { return values_.at(v); }
  Value *null() { return ConstantPointerNull::get(PointerType::getUnqual(b_.getContext())); }
  Value *call(const char *name, ArrayRef<Value *> args) {
    return b_.CreateCall(abi_.get(name), args);
  }
  Value *str(const std::string &s) { return mcg_.loadStr(b_, s); }
  Value *i32(int v) { return b_.getInt32(v); }
  Value *ssize(int64_t v) { return b_.getInt64(v); }

  void setup();
  void emitBlock(const ir::Block &block);
  void emit(const Instr &i);
  bool emitNameOp(const Instr &i);
  bool emitCellOp(const Instr &i);
  // The address of a cell's contents (PyCell_GET / PyCell_SET).
  Value *cellContents(Value *cell) {
    return b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), cell, mcg_.layout().cellRef);
  }
  // Branches to the error path of `i` (after raising with `raiser`) when `v` is null.
  void unboundCheck(const Instr &i, Value *v, const char *raiser);
  bool emitObjectOp(const Instr &i);
  bool emitOperator(const Instr &i);
  bool emitBuilder(const Instr &i);
  bool emitCallOp(const Instr &i);
  // A ccall: converts the operands, calls the C symbol with machine values, boxes the result.
  // At a call site (imm 1), only while operand 0 is still the declaring function; else
  // operand 0 is called with the others as `call` would.
  Value *emitCCall(const Instr &i);
  Value *emitDirectCCall(const Instr &i, unsigned first, const std::vector<std::string> &params);
  bool emitControl(const Instr &i);
  bool emitHandlerOp(const Instr &i);
  bool emitMatchOp(const Instr &i);

  // Raise checks: branch to the raising site's error path when `failed` holds.
  void checkNull(const Instr &i, Value *result) { raiseIf(i, b_.CreateIsNull(result)); }
  void checkNeg(const Instr &i, Value *rc) { raiseIf(i, b_.CreateICmpSLT(rc, i32(0))); }
  void raiseIf(const Instr &i, Value *failed);
  // Emits the error path of `i` at the current position (an exception is set).
  void emitErrorPath(const Instr &i);
  Value *array(ArrayRef<Value *> items, unsigned leadingSpace = 0);
  Value *slotAddr(int64_t index);
  Value *loadSlot(int64_t index, const Twine &name = "");
  void storeSlot(int64_t index, Value *v);
  // Loads or stores a pointer field of the frame at byte offset `offset`.
  Value *loadFrameField(uint64_t offset, const Twine &name);
  void storeFrameField(uint64_t offset, Value *v);
  // Points the frame's instruction pointer at the site of `i` (before it can raise).
  void setSite(const Instr &i);
  void setPrologueSite();
  void emitTraceLine(const Instr &i);
  void emitEvalCheck(const Instr &i);
  Value *boolObject(Value *cond);
  // A zeroed per-site pylc_attr_cache for an attribute or method access.
  Value *attrCache(const Instr &i) {
    auto *entry = StructType::get(b_.getInt64Ty(), b_.getInt64Ty(), abi_.ptr());
    auto *ty = ArrayType::get(entry, 4);
    return new GlobalVariable(mcg_.out(), ty, false, GlobalValue::InternalLinkage,
                              ConstantAggregateZero::get(ty), "attrcache." + i.name);
  }
  // The vectorcall arguments of a call from operand `first` on (keyword values last).
  struct CallArgs {
    Value *argv, *kwnames;
    uint64_t nargs;
  };
  CallArgs callArgs(const Instr &i, unsigned first);
  Value *truth(const Instr &i);
  void branchTo(const ir::Block *dest, ArrayRef<const ir::Value *> args);

  ModuleCodeGen &mcg_;
  RuntimeABI &abi_;
  const ir::Function &f_;
  Function *fn_;
  IRBuilder<> b_;
  ir::Ownership own_;
  std::map<const ir::Value *, Value *> values_;
  std::map<const ir::Block *, BasicBlock *> blocks_;
  Value *frame_ = nullptr;   // the _PyInterpreterFrame of this call
  Value *resume_ = nullptr;  // its instruction pointer at entry (the RESUME unit)
  Value *globals_ = nullptr; // the function's module dict
  Value *locals_ = nullptr;  // the locals mapping of a module or class body
  // Where the C frame this call runs in says whether tracing is on (a const uint8_t *; a
  // generator learns it anew at every resume).
  AllocaInst *tracing_ = nullptr;
  // Blocks entered by a backward jump (loop headers): their first line is traced again on
  // every iteration, as JUMP_BACKWARD makes the interpreter do.
  std::set<const ir::Block *> loopHeaders_;
  void findLoopHeaders();
  std::map<const Instr *, int> sites_;
  std::map<const Instr *, AllocaInst *> methodFlags_; // method.load: does the call pass self?
  // with.enter: the __exit__ it found; exc.starmatch: the rest it left
  std::map<const Instr *, AllocaInst *> withExits_;
  // exc.fetch -> the frame's instruction pointer when the exception was caught (the raising
  // site), for an exc.reraise that puts the frame back there.
  std::map<const Instr *, Value *> raisedSites_;
  BasicBlock *errorExit_ = nullptr;
  // Generators: the body is an LLVM coroutine.
  Value *gen_ = nullptr, *coroId_ = nullptr, *coroHandle_ = nullptr;
  BasicBlock *suspendBB_ = nullptr, *destroyBB_ = nullptr, *finalBB_ = nullptr;
  void setupGenerator();
  // Generators and coroutines: bodies that suspend.
  bool resumable() const { return f_.isGenerator || f_.isCoroutine; }
  // Suspends the coroutine; it resumes at `resumed` (null: never, the final suspension).
  void suspend(bool final, BasicBlock *resumed);
  // After a resume: the value sent in, or the error path of `i` when throw() raised.
  Value *resumedValue(const Instr &i);
  Value *intrinsic(Intrinsic::ID id, ArrayRef<Value *> args, ArrayRef<Type *> types = {}) {
    return b_.CreateCall(Intrinsic::getDeclaration(fn_->getParent(), id, types), args);
  }
};

void FunctionCodeGen::setup() {
  LLVMContext &ctx = b_.getContext();
  const PyLayout &layout = mcg_.layout();
  BasicBlock *entry = BasicBlock::Create(ctx, "entry", fn_);
  b_.SetInsertPoint(entry);
  unsigned nslots = f_.locals().size();
  locals_ = null();
  tracing_ = b_.CreateAlloca(abi_.ptr(), nullptr, "tracing");
  if (resumable()) {
    setupGenerator();
  } else {
    auto *frameTy = ArrayType::get(b_.getInt8Ty(), layout.frameSize(nslots));
    AllocaInst *frame = b_.CreateAlloca(frameTy, nullptr, "frame");
    frame->setAlignment(Align(16));
    frame_ = frame;
    // Module and class bodies get their locals mapping as their only parameter.
    if (f_.hasLocalsMapping())
      locals_ = b_.CreateLoad(abi_.ptr(), fn_->getArg(1), "locals");
    Value *flag = call("pylc_frame_push", {frame_, fn_->getArg(0), locals_, i32(nslots)});
    b_.CreateStore(flag, tracing_);
    BasicBlock *tooDeep = BasicBlock::Create(ctx, "recursion.error", fn_);
    BasicBlock *pushed = BasicBlock::Create(ctx, "pushed", fn_);
    b_.CreateCondBr(b_.CreateIsNull(flag), tooDeep, pushed,
                    MDBuilder(ctx).createBranchWeights(1, 1000));
    b_.SetInsertPoint(tooDeep);
    b_.CreateRet(null());
    b_.SetInsertPoint(pushed);
    for (unsigned k = 0; k < nslots; ++k)
      if (f_.slotKind(k) != ir::SlotKind::Free)
        storeSlot(k, null());
  }
  resume_ = loadFrameField(layout.framePrevInstr, "resume");
  globals_ = loadFrameField(layout.frameGlobals, "globals");
  for (auto &p : f_.params())
    values_[p.get()] = b_.CreateLoad(
        abi_.ptr(), b_.CreateConstInBoundsGEP1_64(abi_.ptr(), fn_->getArg(1), p->index()),
        p->name());
  for (auto &block : f_.blocks()) {
    BasicBlock *bb = BasicBlock::Create(ctx, "bb", fn_);
    blocks_[block.get()] = bb;
    IRBuilder<> phis(bb);
    for (auto &p : block->params())
      values_[p.get()] = phis.CreatePHI(abi_.ptr(), 2, "param");
  }
  b_.CreateBr(blocks_.at(f_.entry()));
  // The common error exit: unlink the frame (releasing its slots) and return NULL; a
  // generator reports the error and reaches its final suspension.
  errorExit_ = BasicBlock::Create(ctx, "error.exit", fn_);
  b_.SetInsertPoint(errorExit_);
  if (resumable()) {
    call("pylc_gen_return", {gen_, null()});
    b_.CreateBr(finalBB_);
    return;
  }
  call("pylc_frame_unwind", {frame_});
  b_.CreateRet(null());
}

// The ramp of a generator function: create the generator object (its interpreter frame
// inside it), begin the coroutine and bind the arguments; the body's gen.start suspends.
void FunctionCodeGen::setupGenerator() {
  LLVMContext &ctx = b_.getContext();
  fn_->addFnAttr(Attribute::PresplitCoroutine);
  Value *nullp = null();
  coroId_ = intrinsic(Intrinsic::coro_id, {i32(0), nullp, nullp, nullp});
  // The kind: 0 generator, 1 coroutine, 2 async generator (pylc_gen_new).
  int kind = f_.isCoroutine ? (f_.isGenerator ? 2 : 1) : 0;
  gen_ = call("pylc_gen_new", {fn_->getArg(0), i32(f_.locals().size()), i32(kind)});
  BasicBlock *failed = BasicBlock::Create(ctx, "gen.failed", fn_);
  BasicBlock *begin = BasicBlock::Create(ctx, "gen.begin", fn_);
  b_.CreateCondBr(b_.CreateIsNull(gen_), failed, begin);
  b_.SetInsertPoint(failed);
  b_.CreateRet(null());
  b_.SetInsertPoint(begin);
  Value *size = intrinsic(Intrinsic::coro_size, {}, {b_.getInt64Ty()});
  Value *mem = call("PyMem_Malloc", {size});
  coroHandle_ = intrinsic(Intrinsic::coro_begin, {coroId_, mem});
  call("pylc_gen_set_handle", {gen_, coroHandle_});
  frame_ = call("pylc_gen_frame", {gen_});
  // Every suspension returns the generator from the ramp (nothing from a resume).
  IRBuilderBase::InsertPoint saved = b_.saveIP();
  suspendBB_ = BasicBlock::Create(ctx, "coro.suspend", fn_);
  b_.SetInsertPoint(suspendBB_);
  intrinsic(Intrinsic::coro_end,
            {coroHandle_, b_.getFalse(), ConstantTokenNone::get(ctx)});
  b_.CreateRet(gen_);
  destroyBB_ = BasicBlock::Create(ctx, "coro.destroy", fn_);
  b_.SetInsertPoint(destroyBB_);
  Value *frameMem = intrinsic(Intrinsic::coro_free, {coroId_, coroHandle_});
  call("PyMem_Free", {frameMem});
  b_.CreateBr(suspendBB_);
  // The one final suspension, where every return and the error exit end.
  finalBB_ = BasicBlock::Create(ctx, "coro.final", fn_);
  b_.SetInsertPoint(finalBB_);
  suspend(true, nullptr);
  b_.restoreIP(saved);
}

void FunctionCodeGen::suspend(bool final, BasicBlock *resumed) {
  LLVMContext &ctx = b_.getContext();
  Value *s = intrinsic(Intrinsic::coro_suspend, {ConstantTokenNone::get(ctx), b_.getInt1(final)});
  if (!resumed) {
    resumed = BasicBlock::Create(ctx, "coro.noresume", fn_);
    IRBuilder<>(resumed).CreateUnreachable();
  }
  SwitchInst *sw = b_.CreateSwitch(s, suspendBB_, 2);
  sw->addCase(b_.getInt8(0), resumed);
  sw->addCase(b_.getInt8(1), destroyBB_);
}

Value *FunctionCodeGen::resumedValue(const Instr &i) {
  LLVMContext &ctx = b_.getContext();
  BasicBlock *resumed = BasicBlock::Create(ctx, "gen.resumed", fn_);
  suspend(false, resumed);
  b_.SetInsertPoint(resumed);
  Value *sent = call("pylc_gen_resumed", {gen_, tracing_});
  checkNull(i, sent);
  return sent;
}

Value *FunctionCodeGen::slotAddr(int64_t index) {
  return b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), frame_,
                                       mcg_.layout().frameSlot(static_cast<unsigned>(index)));
}

// The start of a source line: one flag test while nothing traces; when something does,
// the runtime reports the line (and a call's first one its 'call' event) at this site.
void FunctionCodeGen::emitTraceLine(const Instr &i) {
  LLVMContext &ctx = b_.getContext();
  bool header = false;
  if (loopHeaders_.count(i.parent()))
    for (auto &first : i.parent()->instrs())
      if (first->opcode() == Opcode::TraceLine) {
        header = first.get() == &i;
        break;
      }
  Value *flag = b_.CreateLoad(b_.getInt8Ty(), b_.CreateLoad(abi_.ptr(), tracing_), "use_tracing");
  BasicBlock *trace = BasicBlock::Create(ctx, "trace", fn_);
  BasicBlock *cont = BasicBlock::Create(ctx, "traced", fn_);
  b_.CreateCondBr(b_.CreateICmpNE(flag, b_.getInt8(0)), trace, cont,
                  MDBuilder(ctx).createBranchWeights(1, 10000));
  b_.SetInsertPoint(trace);
  int site = mcg_.addSite(&f_, i.loc());
  sites_[&i] = site;
  Value *unit = b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), resume_, 2 * (1 + site));
  checkNeg(i, call("pylc_trace_line", {frame_, unit, i32(header)}));
  b_.CreateBr(cont);
  b_.SetInsertPoint(cont);
}

// Targets of back edges in a depth-first walk from the entry.
void FunctionCodeGen::findLoopHeaders() {
  std::set<const ir::Block *> done, onPath;
  std::vector<std::pair<const ir::Block *, size_t>> stack{{f_.entry(), 0}};
  onPath.insert(f_.entry());
  while (!stack.empty()) {
    auto &[b, next] = stack.back();
    std::vector<ir::Block *> succs = b->successors();
    if (next == succs.size()) {
      onPath.erase(b);
      done.insert(b);
      stack.pop_back();
      continue;
    }
    const ir::Block *s = succs[next++];
    if (onPath.count(s))
      loopHeaders_.insert(s);
    else if (!done.count(s)) {
      onPath.insert(s);
      stack.push_back({s, 0});
    }
  }
}

// A backward jump's test of the interpreter's eval breaker (signals, pending calls, other
// threads, asynchronous exceptions). The frame moves to the jump's own location, if it has
// one, only when there is something to do.
void FunctionCodeGen::emitEvalCheck(const Instr &i) {
  LLVMContext &ctx = b_.getContext();
  auto *breaker =
      cast<GlobalVariable>(mcg_.out().getOrInsertGlobal("pylc_eval_breaker", abi_.ptr()));
  LoadInst *pending = b_.CreateAlignedLoad(b_.getInt32Ty(), b_.CreateLoad(abi_.ptr(), breaker),
                                           Align(4), "eval_breaker");
  pending->setAtomic(AtomicOrdering::Monotonic);
  BasicBlock *slow = BasicBlock::Create(ctx, "pending", fn_);
  BasicBlock *cont = BasicBlock::Create(ctx, "no.pending", fn_);
  b_.CreateCondBr(b_.CreateICmpNE(pending, b_.getInt32(0)), slow, cont,
                  MDBuilder(ctx).createBranchWeights(1, 100000));
  b_.SetInsertPoint(slow);
  if (i.loc().line > 0)
    setSite(i);
  checkNeg(i, call("pylc_eval_check", {}));
  b_.CreateBr(cont);
  b_.SetInsertPoint(cont);
}

// MAKE_CELL runs before the RESUME, while CPython's frame is incomplete (tracemalloc,
// sys._getframe and tracebacks skip it): the frame points at the code's first unit.
void FunctionCodeGen::setPrologueSite() {
  unsigned units = 0, nfree = 0;
  for (unsigned k = 0; k < f_.locals().size(); ++k) {
    units += f_.slotKind(k) == ir::SlotKind::Cell;
    nfree += f_.slotKind(k) == ir::SlotKind::Free;
  }
  units += nfree > 0; // COPY_FREE_VARS
  Value *first = b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), resume_, -2 * (int64_t)units);
  storeFrameField(mcg_.layout().framePrevInstr, first);
}

void FunctionCodeGen::setSite(const Instr &i) {
  int site = mcg_.addSite(&f_, i.loc());
  sites_[&i] = site;
  // Code unit resume + 1 + site; a code unit is two bytes.
  Value *unit = b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), resume_, 2 * (1 + site));
  storeFrameField(mcg_.layout().framePrevInstr, unit);
}

Value *FunctionCodeGen::loadSlot(int64_t index, const Twine &name) {
  LoadInst *v = b_.CreateLoad(abi_.ptr(), slotAddr(index), name);
  v->setMetadata(LLVMContext::MD_tbaa, abi_.tbaaSlot());
  return v;
}

void FunctionCodeGen::storeSlot(int64_t index, Value *v) {
  b_.CreateStore(v, slotAddr(index))->setMetadata(LLVMContext::MD_tbaa, abi_.tbaaSlot());
}

Value *FunctionCodeGen::loadFrameField(uint64_t offset, const Twine &name) {
  LoadInst *v = b_.CreateLoad(abi_.ptr(), b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), frame_, offset), name);
  v->setMetadata(LLVMContext::MD_tbaa, abi_.tbaaFrame());
  return v;
}

void FunctionCodeGen::storeFrameField(uint64_t offset, Value *v) {
  b_.CreateStore(v, b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), frame_, offset))
      ->setMetadata(LLVMContext::MD_tbaa, abi_.tbaaFrame());
}

void FunctionCodeGen::run() {
  setup();
  findLoopHeaders();
  for (auto &block : f_.blocks())
    emitBlock(*block);
}

void FunctionCodeGen::emitBlock(const ir::Block &block) {
  b_.SetInsertPoint(blocks_.at(&block));
  for (auto &i : block.instrs())
    emit(*i);
}

void FunctionCodeGen::raiseIf(const Instr &i, Value *failed) {
  LLVMContext &ctx = b_.getContext();
  BasicBlock *error = BasicBlock::Create(ctx, "error", fn_);
  BasicBlock *ok = BasicBlock::Create(ctx, "ok", fn_);
  MDBuilder md(ctx);
  b_.CreateCondBr(failed, error, ok, md.createBranchWeights(1, 1000));
  b_.SetInsertPoint(error);
  emitErrorPath(i);
  b_.SetInsertPoint(ok);
}

void FunctionCodeGen::emitErrorPath(const Instr &i) {
  for (ir::Value *v : own_.cleanupOnError(&i))
    abi_.decref(b_, get(v));
  // A bare `raise` re-raises without a new traceback entry, as RERAISE does.
  if (i.opcode() != Opcode::Reraise && i.opcode() != Opcode::ExcReraise)
    call("pylc_frame_traceback", {frame_});
  b_.CreateBr(i.unwind() ? blocks_.at(i.unwind()) : errorExit_);
}

Value *FunctionCodeGen::array(ArrayRef<Value *> items, unsigned leadingSpace) {
  if (items.empty() && !leadingSpace)
    return null();
  // Allocas go in the entry block so loops do not grow the stack.
  IRBuilder<> entry(&fn_->getEntryBlock(), fn_->getEntryBlock().begin());
  Value *arr = entry.CreateAlloca(abi_.ptr(), ssize(items.size() + leadingSpace), "items");
  for (unsigned k = 0; k < items.size(); ++k)
    b_.CreateStore(items[k], b_.CreateConstInBoundsGEP1_64(abi_.ptr(), arr, k + leadingSpace));
  return b_.CreateConstInBoundsGEP1_64(abi_.ptr(), arr, leadingSpace);
}

// PyObject_IsTrue with the True/False answers inline.
Value *FunctionCodeGen::truth(const Instr &i) {
  LLVMContext &ctx = b_.getContext();
  Value *v = get(i.operand(0));
  BasicBlock *start = b_.GetInsertBlock();
  BasicBlock *slow = BasicBlock::Create(ctx, "truth.slow", fn_);
  BasicBlock *notTrue = BasicBlock::Create(ctx, "truth.nottrue", fn_);
  BasicBlock *done = BasicBlock::Create(ctx, "truth.done", fn_);
  b_.CreateCondBr(b_.CreateICmpEQ(v, abi_.trueObj()), done, notTrue);
  b_.SetInsertPoint(notTrue);
  b_.CreateCondBr(b_.CreateICmpEQ(v, abi_.falseObj()), done, slow);
  b_.SetInsertPoint(slow);
  Value *rc = call("pylc_is_true", {v});
  checkNeg(i, rc);
  Value *slowResult = b_.CreateICmpNE(rc, i32(0));
  BasicBlock *slowEnd = b_.GetInsertBlock();
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  PHINode *phi = b_.CreatePHI(b_.getInt1Ty(), 3, "truth");
  phi->addIncoming(b_.getTrue(), start);
  phi->addIncoming(b_.getFalse(), notTrue);
  phi->addIncoming(slowResult, slowEnd);
  return phi;
}

Value *FunctionCodeGen::boolObject(Value *cond) {
  Value *obj = b_.CreateSelect(cond, abi_.trueObj(), abi_.falseObj());
  abi_.incref(b_, obj);
  return obj;
}

void FunctionCodeGen::branchTo(const ir::Block *dest, ArrayRef<const ir::Value *> args) {
  BasicBlock *target = blocks_.at(dest);
  for (unsigned k = 0; k < args.size(); ++k)
    cast<PHINode>(get(dest->params()[k].get()))->addIncoming(get(args[k]), b_.GetInsertBlock());
  b_.CreateBr(target);
}

bool FunctionCodeGen::emitNameOp(const Instr &i) {
  switch (i.opcode()) {
  case Opcode::LocalLoad: {
    Value *v = loadSlot(i.imm, i.name);
    LLVMContext &ctx = b_.getContext();
    BasicBlock *unbound = BasicBlock::Create(ctx, "unbound", fn_);
    BasicBlock *ok = BasicBlock::Create(ctx, "bound", fn_);
    b_.CreateCondBr(b_.CreateIsNull(v), unbound, ok, MDBuilder(ctx).createBranchWeights(1, 1000));
    b_.SetInsertPoint(unbound);
    setSite(i);
    call("pylc_raise_unbound_local", {str(i.name)});
    emitErrorPath(i);
    b_.SetInsertPoint(ok);
    abi_.incref(b_, v);
    values_[&i] = v;
    return true;
  }
  case Opcode::LocalStore: {
    Value *old = loadSlot(i.imm);
    storeSlot(i.imm, get(i.operand(0)));
    abi_.xdecref(b_, old);
    return true;
  }
  case Opcode::LocalDel: {
    Value *old = loadSlot(i.imm);
    LLVMContext &ctx = b_.getContext();
    BasicBlock *unbound = BasicBlock::Create(ctx, "unbound", fn_);
    BasicBlock *ok = BasicBlock::Create(ctx, "bound", fn_);
    b_.CreateCondBr(b_.CreateIsNull(old), unbound, ok);
    b_.SetInsertPoint(unbound);
    setSite(i);
    call("pylc_raise_unbound_local", {str(i.name)});
    emitErrorPath(i);
    b_.SetInsertPoint(ok);
    storeSlot(i.imm, null());
    abi_.decref(b_, old);
    return true;
  }
  case Opcode::GlobalLoad: {
    // Each load site caches its result, keyed by the dict version tags.
    auto *cacheTy = StructType::get(b_.getInt64Ty(), b_.getInt64Ty(), abi_.ptr(), abi_.ptr());
    auto *cache = new GlobalVariable(mcg_.out(), cacheTy, false, GlobalValue::InternalLinkage,
                                     ConstantAggregateZero::get(cacheTy), "cache." + i.name);
    Value *v = call("pylc_load_global_cached", {globals_, str(i.name), cache});
    checkNull(i, v);
    values_[&i] = v;
    return true;
  }
  case Opcode::GlobalStore:
    checkNeg(i, call("pylc_store_global", {globals_, str(i.name), get(i.operand(0))}));
    return true;
  case Opcode::NameLoad: {
    Value *v = call("pylc_load_name", {locals_, globals_, str(i.name)});
    checkNull(i, v);
    values_[&i] = v;
    return true;
  }
  case Opcode::NameStore:
    checkNeg(i, call("pylc_store_name", {locals_, str(i.name), get(i.operand(0))}));
    return true;
  case Opcode::NameDel:
    checkNeg(i, call("pylc_delete_name", {locals_, str(i.name)}));
    return true;
  case Opcode::SetupAnnotations:
    checkNeg(i, call("pylc_setup_annotations", {locals_}));
    return true;
  case Opcode::GlobalDel:
    checkNeg(i, call("pylc_delete_global", {globals_, str(i.name)}));
    return true;
  default:
    return false;
  }
}

void FunctionCodeGen::unboundCheck(const Instr &i, Value *v, const char *raiser) {
  LLVMContext &ctx = b_.getContext();
  BasicBlock *unbound = BasicBlock::Create(ctx, "unbound", fn_);
  BasicBlock *ok = BasicBlock::Create(ctx, "bound", fn_);
  b_.CreateCondBr(b_.CreateIsNull(v), unbound, ok, MDBuilder(ctx).createBranchWeights(1, 1000));
  b_.SetInsertPoint(unbound);
  setSite(i);
  call(raiser, {str(i.name)});
  emitErrorPath(i);
  b_.SetInsertPoint(ok);
}

bool FunctionCodeGen::emitCellOp(const Instr &i) {
  if (!i.usesSlot() || f_.slotKind(i.imm) == ir::SlotKind::Fast)
    return false;
  // A cell slot's error is UnboundLocalError, a free slot's NameError (format_exc_unbound).
  const char *raiser = f_.slotKind(i.imm) == ir::SlotKind::Free ? "pylc_raise_unbound_free"
                                                                 : "pylc_raise_unbound_local";
  switch (i.opcode()) {
  case Opcode::CellMake: {
    Value *init = i.numOperands() ? get(i.operand(0)) : null();
    Value *cell = call("PyCell_New", {init});
    if (i.numOperands())
      abi_.decref(b_, init);
    checkNull(i, cell);
    storeSlot(i.imm, cell);
    if (!resumable())
      storeFrameField(mcg_.layout().framePrevInstr, resume_); // the frame is complete again
    return true;
  }
  case Opcode::CellRef:
    values_[&i] = loadSlot(i.imm, i.name);
    return true;
  case Opcode::CellLoad: {
    Value *v = b_.CreateLoad(abi_.ptr(), cellContents(loadSlot(i.imm)), i.name);
    unboundCheck(i, v, raiser);
    abi_.incref(b_, v);
    values_[&i] = v;
    return true;
  }
  case Opcode::CellStore: {
    Value *addr = cellContents(loadSlot(i.imm));
    Value *old = b_.CreateLoad(abi_.ptr(), addr);
    b_.CreateStore(get(i.operand(0)), addr);
    abi_.xdecref(b_, old);
    return true;
  }
  case Opcode::CellDel: {
    Value *addr = cellContents(loadSlot(i.imm));
    Value *old = b_.CreateLoad(abi_.ptr(), addr);
    unboundCheck(i, old, raiser);
    b_.CreateStore(null(), addr);
    abi_.decref(b_, old);
    return true;
  }
  case Opcode::ClassDerefLoad: {
    Value *v = call("pylc_load_classderef", {locals_, loadSlot(i.imm), str(i.name)});
    checkNull(i, v);
    values_[&i] = v;
    return true;
  }
  default:
    return false;
  }
}

bool FunctionCodeGen::emitObjectOp(const Instr &i) {
  auto op = [&](unsigned k) { return get(i.operand(k)); };
  Value *v = nullptr;
  switch (i.opcode()) {
  case Opcode::AttrLoad:
    v = call("pylc_getattr_cached", {op(0), str(i.name), attrCache(i)});
    break;
  case Opcode::AttrStore:
    checkNeg(i, call("pylc_setattr_cached", {op(0), str(i.name), op(1), attrCache(i)}));
    return true;
  case Opcode::AttrDel:
    checkNeg(i, call("PyObject_SetAttr", {op(0), str(i.name), null()}));
    return true;
  case Opcode::ItemLoad:
    v = call("pylc_getitem", {op(0), op(1)});
    break;
  case Opcode::ItemStore:
    checkNeg(i, call("pylc_setitem", {op(0), op(1), op(2)}));
    return true;
  case Opcode::ItemDel:
    checkNeg(i, call("PyObject_DelItem", {op(0), op(1)}));
    return true;
  case Opcode::Slice:
    v = call("pylc_build_slice", {op(0), op(1), op(2)});
    break;
  case Opcode::GetIter:
    v = call("PyObject_GetIter", {op(0)});
    break;
  case Opcode::YieldFromIter:
    v = call("pylc_yield_from_iter", {op(0)});
    break;
  case Opcode::GetAwaitable:
    v = call("pylc_get_awaitable", {op(0), i32(i.imm)});
    break;
  case Opcode::GetAIter:
    v = call("pylc_get_aiter", {op(0)});
    break;
  case Opcode::GetANext:
    v = call("pylc_get_anext", {op(0)});
    break;
  case Opcode::ExcIsStopAsync:
    values_[&i] = b_.CreateICmpNE(call("pylc_exc_is_stop_async", {op(0)}), i32(0));
    return true;
  case Opcode::Unpack:
    v = call("pylc_unpack", {op(0), ssize(i.imm)});
    break;
  case Opcode::UnpackEx:
    v = call("pylc_unpack_ex", {op(0), ssize(i.imm), ssize(i.imm2)});
    break;
  case Opcode::Import:
    v = call("pylc_import_name", {globals_, str(i.name), op(0), i32(i.imm)});
    break;
  case Opcode::ImportFrom:
    v = call("pylc_import_from", {op(0), str(i.name)});
    break;
  case Opcode::ImportStar:
    checkNeg(i, call("pylc_import_star", {globals_, op(0)}));
    return true;
  case Opcode::TupleGet: {
    Value *item = b_.CreateLoad(abi_.ptr(), abi_.tupleItemAddr(b_, op(0), i.imm));
    abi_.incref(b_, item);
    values_[&i] = item;
    return true;
  }
  default:
    return false;
  }
  checkNull(i, v);
  values_[&i] = v;
  return true;
}

const char *binaryFunction(ir::BinaryOp op, bool inplace) {
  // The runtime's pylc_* functions add small-int and float fast paths (fastpath.c).
  static const char *const kBinary[] = {
      "pylc_add", "pylc_sub",       "pylc_mul",        "PyNumber_MatrixMultiply", "pylc_truediv",
      "pylc_mod", "PyNumber_Power", "pylc_lshift", "pylc_rshift",         "pylc_or",
      "pylc_xor", "pylc_and",       "pylc_floordiv"};
  static const char *const kInPlace[] = {"pylc_iadd",
                                         "pylc_isub",
                                         "pylc_imul",
                                         "PyNumber_InPlaceMatrixMultiply",
                                         "pylc_itruediv",
                                         "pylc_imod",
                                         "PyNumber_InPlacePower",
                                         "pylc_ilshift",
                                         "pylc_irshift",
                                         "PyNumber_InPlaceOr",
                                         "PyNumber_InPlaceXor",
                                         "PyNumber_InPlaceAnd",
                                         "pylc_ifloordiv"};
  return (inplace ? kInPlace : kBinary)[static_cast<unsigned>(op)];
}

bool FunctionCodeGen::emitOperator(const Instr &i) {
  auto op = [&](unsigned k) { return get(i.operand(k)); };
  Value *v = nullptr;
  switch (i.opcode()) {
  case Opcode::BinOp:
  case Opcode::InPlace: {
    auto bop = static_cast<ir::BinaryOp>(i.imm);
    const char *fn = binaryFunction(bop, i.opcode() == Opcode::InPlace);
    if (bop == ir::BinaryOp::Pow)
      v = call(fn, {op(0), op(1), abi_.none()});
    else
      v = call(fn, {op(0), op(1)});
    break;
  }
  case Opcode::UnOp: {
    static const char *const kUnary[] = {"PyNumber_Negative", "PyNumber_Positive",
                                         "PyNumber_Invert"};
    v = call(kUnary[i.imm], {op(0)});
    break;
  }
  case Opcode::Compare:
    v = call("pylc_richcompare", {op(0), op(1), i32(i.imm)});
    break;
  case Opcode::CompareBool: {
    Value *rc = call("pylc_richcompare_bool", {op(0), op(1), i32(i.imm)});
    checkNeg(i, rc);
    values_[&i] = b_.CreateICmpNE(rc, i32(0));
    return true;
  }
  case Opcode::Contains:
    v = call("pylc_contains", {op(1), op(0), i32(i.imm)});
    break;
  case Opcode::Is: {
    Value *same = b_.CreateICmpEQ(op(0), op(1));
    values_[&i] = boolObject(i.imm ? b_.CreateNot(same) : same);
    return true;
  }
  case Opcode::Not: {
    Value *rc = call("pylc_is_true", {op(0)});
    checkNeg(i, rc);
    values_[&i] = boolObject(b_.CreateICmpEQ(rc, i32(0)));
    return true;
  }
  case Opcode::Truth:
    values_[&i] = truth(i);
    return true;
  case Opcode::Format: {
    Value *spec = i.numOperands() > 1 ? op(1) : null();
    v = call("pylc_format", {op(0), i32(i.imm), spec});
    break;
  }
  default:
    return false;
  }
  checkNull(i, v);
  values_[&i] = v;
  return true;
}

bool FunctionCodeGen::emitBuilder(const Instr &i) {
  std::vector<Value *> items;
  for (ir::Value *o : i.operands())
    items.push_back(get(o));
  auto op = [&](unsigned k) { return get(i.operand(k)); };
  Value *v = nullptr;
  switch (i.opcode()) {
  case Opcode::BuildTuple:
    v = call("pylc_build_tuple", {array(items), ssize(items.size())});
    break;
  case Opcode::BuildList:
    v = call("pylc_build_list", {array(items), ssize(items.size())});
    break;
  case Opcode::BuildSet:
    v = call("pylc_build_set", {array(items), ssize(items.size())});
    break;
  case Opcode::StrJoin:
    v = call("pylc_build_string", {array(items), ssize(items.size())});
    break;
  case Opcode::BuildDict: {
    std::vector<Value *> keys, vals;
    for (unsigned k = 0; k < items.size(); k += 2) {
      keys.push_back(items[k]);
      vals.push_back(items[k + 1]);
    }
    v = call("pylc_build_dict", {array(keys), array(vals), ssize(keys.size())});
    break;
  }
  case Opcode::ListToTuple:
    v = call("pylc_list_to_tuple", {op(0)});
    break;
  case Opcode::ArgsTuple:
    v = call("pylc_call_args_tuple", {op(0), op(1)});
    break;
  case Opcode::ListAppend:
    checkNeg(i, call("PyList_Append", {op(0), op(1)}));
    return true;
  case Opcode::ListExtend:
    checkNeg(i, call("pylc_list_extend", {op(0), op(1)}));
    return true;
  case Opcode::SetUpdate:
    checkNeg(i, call("pylc_set_update", {op(0), op(1)}));
    return true;
  case Opcode::SetAdd:
    checkNeg(i, call("PySet_Add", {op(0), op(1)}));
    return true;
  case Opcode::DictSetItem:
    checkNeg(i, call("PyDict_SetItem", {op(0), op(1), op(2)}));
    return true;
  case Opcode::DictUpdate:
    checkNeg(i, call("pylc_dict_update", {op(0), op(1)}));
    return true;
  default:
    return false;
  }
  checkNull(i, v);
  values_[&i] = v;
  return true;
}

FunctionCodeGen::CallArgs FunctionCodeGen::callArgs(const Instr &i, unsigned first) {
  std::vector<Value *> args;
  for (unsigned k = first; k < i.numOperands(); ++k)
    args.push_back(get(i.operand(k)));
  CallArgs out;
  out.nargs = args.size() - i.names.size();
  // One spare slot in front lets callees prepend `self` without copying
  // (PY_VECTORCALL_ARGUMENTS_OFFSET).
  out.argv = array(args, 1);
  out.kwnames = i.names.empty() ? null() : mcg_.loadKwnames(b_, i.names);
  return out;
}

bool FunctionCodeGen::emitCallOp(const Instr &i) {
  auto op = [&](unsigned k) { return get(i.operand(k)); };
  Value *v = nullptr;
  switch (i.opcode()) {
  case Opcode::Call: {
    CallArgs a = callArgs(i, 1);
    v = call("pylc_call",
             {op(0), a.argv, ssize(a.nargs | (uint64_t(1) << 63)), a.kwnames});
    break;
  }
  case Opcode::MethodLoad: {
    IRBuilder<> entry(&fn_->getEntryBlock(), fn_->getEntryBlock().begin());
    AllocaInst *unbound = entry.CreateAlloca(abi_.i32(), nullptr, "unbound");
    methodFlags_[&i] = unbound;
    v = call("pylc_method_load_cached", {op(0), str(i.name), unbound, attrCache(i)});
    break;
  }
  case Opcode::CallMethod: {
    CallArgs a = callArgs(i, 2);
    Value *unbound = b_.CreateLoad(abi_.i32(), methodFlags_.at(cast<Instr>(i.operand(0))));
    v = call("pylc_call_method", {op(0), unbound, op(1), a.argv, ssize(a.nargs), a.kwnames});
    break;
  }
  case Opcode::BuildClassEx:
    v = call("pylc_build_class_ex", {op(0), op(1)});
    break;
  case Opcode::BuildClass: {
    CallArgs a = callArgs(i, 2);
    v = call("pylc_build_class", {op(0), op(1), a.argv, ssize(a.nargs), a.kwnames});
    break;
  }
  case Opcode::CallEx:
    v = call("pylc_call_ex", {op(0), op(1), i.numOperands() > 2 ? op(2) : null()});
    break;
  case Opcode::CCall:
    v = emitCCall(i);
    break;
  case Opcode::KwargsMerge:
    checkNeg(i, call("pylc_merge_kwargs", {op(0), op(1), op(2)}));
    return true;
  case Opcode::MakeFunction: {
    // Operands as MAKE_FUNCTION's flags say: defaults, kwdefaults, annotations, closure.
    Value *parts[4];
    unsigned k = 0;
    for (unsigned bit = 0; bit < 4; ++bit)
      parts[bit] = (i.imm & (1 << bit)) ? op(k++) : null();
    Value *code = b_.CreateLoad(abi_.ptr(), mcg_.codeOf(i.callee));
    v = call("pylc_function_new", {mcg_.descOf(i.callee), mcg_.implOf(i.callee), code, globals_,
                                   parts[0], parts[1], parts[3], parts[2]});
    break;
  }
  default:
    return false;
  }
  checkNull(i, v);
  values_[&i] = v;
  return true;
}

namespace {
// A ccall type: its pylc_ctype code and the LLVM type the C ABI passes it as (long long is
// 64 bits on every target pylc knows; pointers have the target's width through `ptr`).
struct CType {
  int code;
  Type *llvm;
};
CType ctypeOf(const std::string &t, LLVMContext &ctx) {
  if (t == "int")
    return {0, Type::getInt64Ty(ctx)};
  if (t == "float")
    return {1, Type::getDoubleTy(ctx)};
  if (t == "bool")
    return {2, Type::getInt1Ty(ctx)};
  if (t == "bytes")
    return {3, PointerType::getUnqual(ctx)};
  if (t == "ptr")
    return {4, PointerType::getUnqual(ctx)};
  return {5, Type::getVoidTy(ctx)};
}
} // namespace

Value *FunctionCodeGen::emitCCall(const Instr &i) {
  // The declaring def converts with its parameters' names in the messages; a call site
  // with its callee's.
  if (i.imm == 0)
    return emitDirectCCall(i, 0, f_.signature.params);
  LLVMContext &ctx = b_.getContext();
  Value *callee = get(i.operand(0));
  Value *same = call("pylc_is_compiled_impl", {callee, mcg_.implOf(i.callee)});
  BasicBlock *direct = BasicBlock::Create(ctx, "ccall.direct", fn_);
  BasicBlock *generic = BasicBlock::Create(ctx, "ccall.generic", fn_);
  BasicBlock *join = BasicBlock::Create(ctx, "ccall.join", fn_);
  MDBuilder md(ctx);
  b_.CreateCondBr(b_.CreateICmpNE(same, i32(0)), direct, generic, md.createBranchWeights(1000, 1));
  b_.SetInsertPoint(direct);
  Value *fast = emitDirectCCall(i, 1, i.callee->signature.params);
  BasicBlock *directEnd = b_.GetInsertBlock();
  b_.CreateBr(join);
  b_.SetInsertPoint(generic);
  std::vector<Value *> args;
  for (unsigned k = 1; k < i.numOperands(); ++k)
    args.push_back(get(i.operand(k)));
  unsigned bits = abi_.ssize()->getBitWidth();
  Value *slow = call("pylc_call", {callee, array(args, 1),
                                   ssize(args.size() | (uint64_t(1) << (bits - 1))), null()});
  b_.CreateBr(join);
  b_.SetInsertPoint(join);
  PHINode *result = b_.CreatePHI(abi_.ptr(), 2);
  result->addIncoming(fast, directEnd);
  result->addIncoming(slow, generic);
  return result;
}

Value *FunctionCodeGen::emitDirectCCall(const Instr &i, unsigned first,
                                        const std::vector<std::string> &paramNames) {
  LLVMContext &ctx = b_.getContext();
  const std::string &fname = i.imm == 0 ? f_.name() : i.callee->name();
  IRBuilder<> entry(&fn_->getEntryBlock(), fn_->getEntryBlock().begin());
  // A slot holds one C value (bool as a byte, as pylc_cconv and pylc_cbox store it).
  auto slotFor = [&](const CType &t) {
    Type *mem = t.code == 2 ? b_.getInt8Ty() : t.llvm;
    return std::make_pair(entry.CreateAlloca(mem->isVoidTy() ? b_.getInt8Ty() : mem), mem);
  };
  std::vector<Type *> params;
  std::vector<Value *> args;
  for (unsigned k = 0; k + first < i.numOperands(); ++k) {
    CType t = ctypeOf(i.names[k + 1], ctx);
    auto [slot, mem] = slotFor(t);
    // The error messages name the parameter, as the interpreter path does.
    std::string what = fname + "() argument " + std::to_string(k + 1);
    if (k < paramNames.size())
      what = fname + "() argument '" + paramNames[k] + "'";
    checkNeg(i, call("pylc_cconv", {get(i.operand(k + first)), i32(t.code),
                                    mcg_.cString(what, "cfunc.arg"), slot}));
    Value *v = b_.CreateLoad(mem, slot);
    args.push_back(t.code == 2 ? b_.CreateICmpNE(v, b_.getInt8(0)) : v);
    params.push_back(t.llvm);
  }
  CType result = ctypeOf(i.names[0], ctx);
  auto *fnTy = FunctionType::get(result.llvm, params, false);
  FunctionCallee callee = mcg_.out().getOrInsertFunction(i.name, fnTy);
  CallInst *c = b_.CreateCall(fnTy, callee.getCallee(), args);
  // _Bool travels zero-extended, as clang declares it.
  for (unsigned k = 0; k < params.size(); ++k)
    if (params[k]->isIntegerTy(1))
      c->addParamAttr(k, Attribute::ZExt);
  if (result.code == 2)
    c->addRetAttr(Attribute::ZExt);
  auto [slot, mem] = slotFor(result);
  if (result.code == 2)
    b_.CreateStore(b_.CreateZExt(c, b_.getInt8Ty()), slot);
  else if (result.code != 5)
    b_.CreateStore(c, slot);
  return call("pylc_cbox", {i32(result.code), slot});
}

bool FunctionCodeGen::emitHandlerOp(const Instr &i) {
  auto op = [&](unsigned k) { return get(i.operand(k)); };
  switch (i.opcode()) {
  case Opcode::ExcFetch:
    raisedSites_[&i] = loadFrameField(mcg_.layout().framePrevInstr, "raised.site");
    values_[&i] = call("pylc_exc_fetch", {});
    return true;
  case Opcode::ExcPush:
    values_[&i] = call("pylc_exc_push", {op(0)});
    return true;
  case Opcode::ExcPop:
    call("pylc_exc_pop", {op(0)});
    return true;
  case Opcode::ExcMatch: {
    Value *rc = call("pylc_exc_match", {op(0), op(1)});
    checkNeg(i, rc);
    values_[&i] = b_.CreateICmpNE(rc, i32(0));
    return true;
  }
  case Opcode::ExcReraise:
    if (i.imm == static_cast<int64_t>(ir::ReraiseSite::Raised))
      if (auto *fetch = dyn_cast<Instr>(i.operand(0)); fetch && raisedSites_.count(fetch))
        storeFrameField(mcg_.layout().framePrevInstr, raisedSites_.at(fetch));
    call("pylc_exc_reraise", {op(0)});
    emitErrorPath(i);
    return true;
  case Opcode::ExcStarMatch: {
    IRBuilder<> entry(&fn_->getEntryBlock(), fn_->getEntryBlock().begin());
    AllocaInst *match = entry.CreateAlloca(abi_.ptr(), nullptr, "match");
    AllocaInst *rest = entry.CreateAlloca(abi_.ptr(), nullptr, "rest");
    withExits_[&i] = rest;
    Value *rc = call("pylc_exc_star_match", {op(0), op(1), match, rest});
    checkNeg(i, rc);
    values_[&i] = b_.CreateLoad(abi_.ptr(), match, "match");
    return true;
  }
  case Opcode::ExcStarRest:
    values_[&i] = b_.CreateLoad(abi_.ptr(), withExits_.at(cast<Instr>(i.operand(0))), "rest");
    return true;
  case Opcode::ExcPrepReraiseStar: {
    Value *v = call("pylc_exc_prep_reraise_star", {op(0), op(1)});
    checkNull(i, v);
    values_[&i] = v;
    return true;
  }
  case Opcode::WithEnter: {
    IRBuilder<> entry(&fn_->getEntryBlock(), fn_->getEntryBlock().begin());
    AllocaInst *exit = entry.CreateAlloca(abi_.ptr(), nullptr, "exit");
    withExits_[&i] = exit;
    Value *v = call("pylc_with_enter", {op(0), exit});
    checkNull(i, v);
    values_[&i] = v;
    return true;
  }
  case Opcode::AsyncWithEnter: {
    IRBuilder<> entry(&fn_->getEntryBlock(), fn_->getEntryBlock().begin());
    AllocaInst *exit = entry.CreateAlloca(abi_.ptr(), nullptr, "aexit");
    withExits_[&i] = exit;
    Value *v = call("pylc_async_with_enter", {op(0), exit});
    checkNull(i, v);
    values_[&i] = v;
    return true;
  }
  case Opcode::AsyncWithExit: {
    Value *v = call("pylc_async_with_exit", {op(0), i.numOperands() > 1 ? op(1) : null()});
    checkNull(i, v);
    values_[&i] = v;
    return true;
  }
  case Opcode::WithExitFn:
  case Opcode::AsyncWithExitFn:
    values_[&i] = b_.CreateLoad(abi_.ptr(), withExits_.at(cast<Instr>(i.operand(0))), "exitfn");
    return true;
  case Opcode::WithExit: {
    Value *rc = call("pylc_with_exit", {op(0), i.numOperands() > 1 ? op(1) : null()});
    checkNeg(i, rc);
    values_[&i] = b_.CreateICmpNE(rc, i32(0));
    return true;
  }
  default:
    return false;
  }
}

bool FunctionCodeGen::emitMatchOp(const Instr &i) {
  auto op = [&](unsigned k) { return get(i.operand(k)); };
  Value *v = nullptr;
  switch (i.opcode()) {
  case Opcode::MatchSequence:
  case Opcode::MatchMapping: {
    const char *fn =
        i.opcode() == Opcode::MatchSequence ? "pylc_match_sequence" : "pylc_match_mapping";
    values_[&i] = b_.CreateICmpNE(call(fn, {op(0)}), i32(0));
    return true;
  }
  case Opcode::MatchLen:
    v = call("pylc_match_len", {op(0)});
    break;
  case Opcode::MatchKeys:
    v = call("pylc_match_keys", {op(0), op(1)});
    break;
  case Opcode::MatchClass: {
    // The attribute names as one constant tuple, as CPython's LOAD_CONST before MATCH_CLASS.
    ir::ConstData names;
    names.kind = ir::ConstData::Kind::Tuple;
    for (auto &n : i.names) {
      ir::ConstData str;
      str.kind = ir::ConstData::Kind::Str;
      str.text = n;
      names.elts.push_back(str);
    }
    v = call("pylc_match_class", {op(0), op(1), ssize(i.imm), mcg_.loadConst(b_, names)});
    break;
  }
  case Opcode::MatchRest:
    v = call("pylc_match_rest", {op(0), op(1)});
    break;
  default:
    return false;
  }
  checkNull(i, v);
  values_[&i] = v;
  return true;
}

bool FunctionCodeGen::emitControl(const Instr &i) {
  switch (i.opcode()) {
  case Opcode::Br: {
    std::vector<const ir::Value *> args(i.operands().begin(), i.operands().end());
    branchTo(i.successors()[0], args);
    return true;
  }
  case Opcode::CondBr:
    b_.CreateCondBr(get(i.operand(0)), blocks_.at(i.successors()[0]),
                    blocks_.at(i.successors()[1]));
    return true;
  case Opcode::Ret:
    if (resumable()) {
      call("pylc_gen_return", {gen_, get(i.operand(0))});
      b_.CreateBr(finalBB_);
      return true;
    }
    // RETURN_VALUE: the 'return' event when tracing, then the frame is popped.
    b_.CreateRet(call("pylc_frame_return", {frame_, get(i.operand(0))}));
    return true;
  case Opcode::GenStart: {
    // A new generator's frame is at its first unit (where CPython's RETURN_GENERATOR is):
    // f_lineno is the `def` line, and so is the traceback entry if throw() starts it.
    storeFrameField(mcg_.layout().framePrevInstr, resume_);
    Value *none = resumedValue(i);
    abi_.decref(b_, none);
    b_.CreateBr(blocks_.at(i.successors()[0]));
    return true;
  }
  case Opcode::GenYield:
  case Opcode::GenYieldFrom: {
    call(i.opcode() == Opcode::GenYield ? "pylc_gen_yield" : "pylc_gen_delegate",
         {gen_, get(i.operand(0))});
    Value *sent = resumedValue(i);
    const ir::Block *resume = i.successors()[0];
    cast<PHINode>(get(resume->params()[0].get()))->addIncoming(sent, b_.GetInsertBlock());
    b_.CreateBr(blocks_.at(resume));
    return true;
  }
  case Opcode::Unreachable:
    b_.CreateUnreachable();
    return true;
  case Opcode::TraceLine:
    emitTraceLine(i);
    return true;
  case Opcode::EvalCheck:
    emitEvalCheck(i);
    return true;
  case Opcode::IterNext: {
    Value *item = call("pylc_iter_next", {get(i.operand(0))});
    LLVMContext &ctx = b_.getContext();
    BasicBlock *done = BasicBlock::Create(ctx, "iter.done", fn_);
    BasicBlock *more = BasicBlock::Create(ctx, "iter.more", fn_);
    b_.CreateCondBr(b_.CreateIsNull(item), done, more, MDBuilder(ctx).createBranchWeights(1, 100));
    b_.SetInsertPoint(more);
    const ir::Block *body = i.successors()[0];
    cast<PHINode>(get(body->params()[0].get()))->addIncoming(item, more);
    b_.CreateBr(blocks_.at(body));
    b_.SetInsertPoint(done);
    raiseIf(i, b_.CreateIsNotNull(call("PyErr_Occurred", {})));
    b_.CreateBr(blocks_.at(i.successors()[1]));
    return true;
  }
  case Opcode::Raise:
    call("pylc_raise", {get(i.operand(0)), i.numOperands() > 1 ? get(i.operand(1)) : null()});
    emitErrorPath(i);
    return true;
  case Opcode::Reraise:
    call("pylc_reraise", {});
    emitErrorPath(i);
    return true;
  case Opcode::AssertFail:
    call("pylc_raise_assertion", {i.numOperands() ? get(i.operand(0)) : null()});
    emitErrorPath(i);
    return true;
  default:
    return false;
  }
}

// Slot and cell accesses run no other code: they point the frame at their site only on
// their unbound path. A generator's start points it at its first unit instead.
static bool lazySite(Opcode op) {
  return op == Opcode::LocalLoad || op == Opcode::LocalDel || op == Opcode::CellLoad ||
         op == Opcode::CellDel || op == Opcode::GenStart || op == Opcode::TraceLine ||
         op == Opcode::EvalCheck;
}

// Re-raising moves on an exception that was raised elsewhere: the frame stays at the line
// where it was raised (so a finished frame's f_lineno reads as the interpreter's).
static bool keepsSite(const ir::Instr &i) {
  return i.opcode() == Opcode::Reraise ||
         (i.opcode() == Opcode::ExcReraise &&
          i.imm != static_cast<int64_t>(ir::ReraiseSite::Here));
}

void FunctionCodeGen::emit(const Instr &i) {
  switch (i.opcode()) {
  case Opcode::Const:
    values_[&i] = mcg_.loadConst(b_, i.constant);
    return;
  case Opcode::IncRef:
    abi_.incref(b_, get(i.operand(0)));
    values_[&i] = get(i.operand(0));
    return;
  case Opcode::DecRef:
    abi_.decref(b_, get(i.operand(0)));
    return;
  case Opcode::Nop:
    return;
  default:
    break;
  }
  // Slot accesses run no other code: they point the frame at their site only when they fail.
  if (i.opcode() == Opcode::CellMake && !resumable())
    setPrologueSite(); // a generator's frame is never incomplete
  else if (i.mayRaise() && !lazySite(i.opcode()) && !keepsSite(i))
    setSite(i);
  if (emitNameOp(i) || emitCellOp(i) || emitObjectOp(i) || emitOperator(i) || emitBuilder(i) || emitCallOp(i) ||
      emitControl(i) || emitHandlerOp(i) || emitMatchOp(i))
    return;
  report_fatal_error(Twine("pylc: no code generation for PIR opcode ") +
                     ir::opcodeName(i.opcode()));
}

} // namespace

void generateFunction(ModuleCodeGen &mcg, const ir::Function &f) { FunctionCodeGen(mcg, f).run(); }

} // namespace pylc::backend
