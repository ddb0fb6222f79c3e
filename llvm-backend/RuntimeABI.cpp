#include "llvm-backend/RuntimeABI.h"

#include "llvm-backend/PyLayout.h"

#include "llvm/IR/MDBuilder.h"

#include <map>

using namespace llvm;

namespace pylc::backend {

namespace {
// Signature codes: the first letter is the result, the rest the parameters.
// o = PyObject*, p = other pointer, i = int, n = Py_ssize_t, z = size_t, v = void.
const std::map<std::string, const char *> &abiTable() {
  static const std::map<std::string, const char *> table = {
      // runtime/pylc_runtime.h
      {"pylc_init_consts", "ipip"},
      {"pylc_code_new", "opo"},
      {"pylc_function_new", "opppooooo"},
      {"pylc_build_class", "ooopno"},
      {"pylc_build_class_ex", "ooo"},
      {"pylc_exc_fetch", "o"},
      {"pylc_gen_new", "ooii"},
      {"pylc_get_awaitable", "ooi"},
      {"pylc_get_aiter", "oo"},
      {"pylc_get_anext", "oo"},
      {"pylc_exc_is_stop_async", "io"},
      {"pylc_async_with_enter", "oop"},
      {"pylc_async_with_exit", "ooo"},
      {"pylc_gen_set_handle", "vop"},
      {"pylc_gen_frame", "po"},
      {"pylc_gen_yield", "voo"},
      {"pylc_gen_delegate", "voo"},
      {"pylc_gen_resumed", "oop"},
      {"pylc_gen_return", "voo"},
      {"pylc_yield_from_iter", "oo"},
      {"PyMem_Malloc", "pz"},
      {"PyMem_Free", "vp"},
      {"pylc_exc_push", "oo"},
      {"pylc_exc_pop", "vo"},
      {"pylc_exc_match", "ioo"},
      {"pylc_exc_reraise", "vo"},
      {"pylc_exc_star_match", "ioopp"},
      {"pylc_exc_prep_reraise_star", "ooo"},
      {"pylc_with_enter", "oop"},
      {"pylc_with_exit", "ioo"},
      {"pylc_load_classderef", "oooo"},
      {"pylc_load_name", "oooo"},
      {"pylc_store_name", "iooo"},
      {"pylc_delete_name", "ioo"},
      {"pylc_setup_annotations", "io"},
      {"pylc_raise_unbound_free", "oo"},
      {"PyCell_New", "oo"},
      {"PySet_Add", "ioo"},
      {"PyDict_SetItem", "iooo"},
      {"pylc_call_body", "ooo"},
      {"pylc_frame_push", "ppooi"},
      {"pylc_frame_pop", "vp"},
      {"pylc_frame_return", "opo"},
      {"pylc_frame_unwind", "vp"},
      {"pylc_trace_line", "ippi"},
      {"pylc_frame_traceback", "vp"},
      {"pylc_load_global", "ooo"},
      {"pylc_store_global", "iooo"},
      {"pylc_delete_global", "ioo"},
      {"pylc_raise_unbound_local", "oo"},
      {"pylc_is_true", "io"},
      {"pylc_contains", "oooi"},
      {"pylc_unpack", "oon"},
      {"pylc_unpack_ex", "oonn"},
      {"pylc_iter_next", "oo"},
      {"pylc_build_tuple", "opn"},
      {"pylc_build_list", "opn"},
      {"pylc_build_set", "opn"},
      {"pylc_build_dict", "oppn"},
      {"pylc_build_slice", "oooo"},
      {"pylc_list_extend", "ioo"},
      {"pylc_set_update", "ioo"},
      {"pylc_dict_update", "ioo"},
      {"pylc_list_to_tuple", "oo"},
      {"pylc_format", "ooio"},
      {"pylc_build_string", "opn"},
      {"pylc_call_ex", "oooo"},
      {"pylc_add", "ooo"},
      {"pylc_sub", "ooo"},
      {"pylc_mul", "ooo"},
      {"pylc_floordiv", "ooo"},
      {"pylc_mod", "ooo"},
      {"pylc_truediv", "ooo"},
      {"pylc_and", "ooo"},
      {"pylc_or", "ooo"},
      {"pylc_xor", "ooo"},
      {"pylc_iadd", "ooo"},
      {"pylc_isub", "ooo"},
      {"pylc_imul", "ooo"},
      {"pylc_ifloordiv", "ooo"},
      {"pylc_imod", "ooo"},
      {"pylc_itruediv", "ooo"},
      {"pylc_lshift", "ooo"},
      {"pylc_rshift", "ooo"},
      {"pylc_ilshift", "ooo"},
      {"pylc_irshift", "ooo"},
      {"pylc_richcompare", "oooi"},
      {"pylc_richcompare_bool", "iooi"},
      {"pylc_getitem", "ooo"},
      {"pylc_method_load", "ooop"},
      {"pylc_call", "oopzo"},
      {"pylc_method_load_cached", "ooopp"},
      {"pylc_getattr_cached", "ooop"},
      {"pylc_setattr_cached", "iooop"},
      {"pylc_call_method", "ooiopzo"},
      {"pylc_setitem", "iooo"},
      {"pylc_load_global_cached", "oooo"},
      {"pylc_merge_kwargs", "iooo"},
      {"pylc_call_args_tuple", "ooo"},
      {"pylc_import_name", "ooooi"},
      {"pylc_import_from", "ooo"},
      {"pylc_import_star", "ioo"},
      {"pylc_raise", "voo"},
      {"pylc_reraise", "v"},
      {"pylc_raise_assertion", "vo"},
      {"pylc_main", "iipps"},
      {"pylc_register_modules", "ipi"},
      {"pylc_register_builtins", "ipi"},
      {"pylc_cconv", "ioipp"},
      {"pylc_cbox", "oip"},
      {"pylc_is_compiled_impl", "iop"},
      {"pylc_eval_check", "i"},
      {"pylc_set_main_module", "vpp"},
      {"pylc_match_sequence", "io"},
      {"pylc_match_mapping", "io"},
      {"pylc_match_len", "oo"},
      {"pylc_match_keys", "ooo"},
      {"pylc_match_class", "ooono"},
      {"pylc_match_rest", "ooo"},
      // libpython
      {"PyErr_Occurred", "o"},
      {"_Py_Dealloc", "vo"},
      {"PyObject_Vectorcall", "oopzo"},
      {"PyObject_GetAttr", "ooo"},
      {"PyObject_SetAttr", "iooo"},
      {"PyObject_GetItem", "ooo"},
      {"PyObject_SetItem", "iooo"},
      {"PyObject_DelItem", "ioo"},
      {"PyObject_GetIter", "oo"},
      {"PyObject_RichCompare", "oooi"},
      {"PyList_Append", "ioo"},
      {"PyNumber_Negative", "oo"},
      {"PyNumber_Positive", "oo"},
      {"PyNumber_Invert", "oo"},
      {"PyNumber_Add", "ooo"},
      {"PyNumber_Subtract", "ooo"},
      {"PyNumber_Multiply", "ooo"},
      {"PyNumber_MatrixMultiply", "ooo"},
      {"PyNumber_TrueDivide", "ooo"},
      {"PyNumber_Remainder", "ooo"},
      {"PyNumber_Power", "oooo"},
      {"PyNumber_Lshift", "ooo"},
      {"PyNumber_Rshift", "ooo"},
      {"PyNumber_Or", "ooo"},
      {"PyNumber_Xor", "ooo"},
      {"PyNumber_And", "ooo"},
      {"PyNumber_FloorDivide", "ooo"},
      {"PyNumber_InPlaceAdd", "ooo"},
      {"PyNumber_InPlaceSubtract", "ooo"},
      {"PyNumber_InPlaceMultiply", "ooo"},
      {"PyNumber_InPlaceMatrixMultiply", "ooo"},
      {"PyNumber_InPlaceTrueDivide", "ooo"},
      {"PyNumber_InPlaceRemainder", "ooo"},
      {"PyNumber_InPlacePower", "oooo"},
      {"PyNumber_InPlaceLshift", "ooo"},
      {"PyNumber_InPlaceRshift", "ooo"},
      {"PyNumber_InPlaceOr", "ooo"},
      {"PyNumber_InPlaceXor", "ooo"},
      {"PyNumber_InPlaceAnd", "ooo"},
      {"PyNumber_InPlaceFloorDivide", "ooo"},
  };
  return table;
}
} // namespace

RuntimeABI::RuntimeABI(Module &m) : m_(m) {
  LLVMContext &ctx = m.getContext();
  ptr_ = PointerType::getUnqual(ctx);
  ssize_ = Type::getInt64Ty(ctx);
  i32_ = Type::getInt32Ty(ctx);
  // pylc_funcdesc and pylc_constdesc, field for field.
  funcDesc_ = StructType::create(ctx,
                                 {ptr_, ptr_, i32_, i32_, i32_, i32_, i32_, i32_, ptr_, ptr_, ptr_,
                                  i32_, i32_, ptr_, i32_, ptr_, i32_, ptr_, ptr_},
                                 "pylc_funcdesc");
  Type *f64 = Type::getDoubleTy(ctx);
  constDesc_ = StructType::create(ctx, {i32_, ptr_, ssize_, f64, f64, ptr_}, "pylc_constdesc");
  MDBuilder md(ctx);
  MDNode *root = md.createTBAARoot("pylc");
  auto tag = [&](const char *name) {
    MDNode *type = md.createTBAAScalarTypeNode(name, root);
    return md.createTBAAStructTagNode(type, type, 0);
  };
  tbaaRefcnt_ = tag("refcnt");
  tbaaSlot_ = tag("slot");
  tbaaFrame_ = tag("frame");
}

FunctionCallee RuntimeABI::get(const std::string &name) {
  auto it = abiTable().find(name);
  if (it == abiTable().end())
    report_fatal_error(Twine("pylc: '") + name + "' is not in the runtime ABI table");
  const char *sig = it->second;
  LLVMContext &ctx = m_.getContext();
  auto typeOf = [&](char c) -> Type * {
    switch (c) {
    case 'i': return i32_;
    case 'n': case 'z': return ssize_;
    case 'v': return Type::getVoidTy(ctx);
    case 's': return ptr_;
    default: return ptr_;
    }
  };
  std::vector<Type *> params;
  for (const char *p = sig + 1; *p; ++p)
    params.push_back(typeOf(*p));
  FunctionCallee f = m_.getOrInsertFunction(name, FunctionType::get(typeOf(sig[0]), params, false));
  if (auto *fn = dyn_cast<Function>(f.getCallee())) {
    fn->setDoesNotThrow();
    if (name == "_Py_Dealloc")
      fn->addFnAttr(Attribute::Cold);
  }
  return f;
}

Constant *RuntimeABI::object(const std::string &name) {
  return m_.getOrInsertGlobal(name, Type::getInt8Ty(m_.getContext()));
}

void RuntimeABI::incref(IRBuilder<> &b, Value *obj) {
  LoadInst *rc = b.CreateLoad(ssize_, obj, "rc");
  rc->setMetadata(LLVMContext::MD_tbaa, tbaaRefcnt_);
  b.CreateStore(b.CreateAdd(rc, ConstantInt::get(ssize_, 1)), obj)
      ->setMetadata(LLVMContext::MD_tbaa, tbaaRefcnt_);
}

void RuntimeABI::decref(IRBuilder<> &b, Value *obj) {
  LoadInst *old = b.CreateLoad(ssize_, obj, "rc");
  old->setMetadata(LLVMContext::MD_tbaa, tbaaRefcnt_);
  Value *rc = b.CreateSub(old, ConstantInt::get(ssize_, 1));
  b.CreateStore(rc, obj)->setMetadata(LLVMContext::MD_tbaa, tbaaRefcnt_);
  Function *fn = b.GetInsertBlock()->getParent();
  BasicBlock *dealloc = BasicBlock::Create(b.getContext(), "dealloc", fn);
  BasicBlock *cont = BasicBlock::Create(b.getContext(), "cont", fn);
  MDBuilder md(b.getContext());
  b.CreateCondBr(b.CreateICmpEQ(rc, ConstantInt::get(ssize_, 0)), dealloc, cont,
                 md.createBranchWeights(1, 1000));
  b.SetInsertPoint(dealloc);
  b.CreateCall(get("_Py_Dealloc"), {obj});
  b.CreateBr(cont);
  b.SetInsertPoint(cont);
}

void RuntimeABI::xdecref(IRBuilder<> &b, Value *obj) {
  Function *fn = b.GetInsertBlock()->getParent();
  BasicBlock *some = BasicBlock::Create(b.getContext(), "xdecref", fn);
  BasicBlock *cont = BasicBlock::Create(b.getContext(), "xcont", fn);
  b.CreateCondBr(b.CreateIsNull(obj), cont, some);
  b.SetInsertPoint(some);
  decref(b, obj);
  b.CreateBr(cont);
  b.SetInsertPoint(cont);
}

Value *RuntimeABI::tupleItemAddr(IRBuilder<> &b, Value *tuple, uint64_t index) {
  // PyTupleObject: ob_refcnt, ob_type, ob_size, then ob_item[].
  const DataLayout &dl = m_.getDataLayout();
  uint64_t offset = PyLayout(dl).tupleItems + index * dl.getPointerSize();
  return b.CreateInBoundsGEP(b.getInt8Ty(), tuple, b.getInt64(offset));
}

} // namespace pylc::backend
