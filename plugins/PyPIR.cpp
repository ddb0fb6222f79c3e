#include "plugins/PyPIR.h"

#include "frontend/PyRef.h"
#include "ir/Builder.h"
#include "ir/Mutation.h"
#include "ir/Printer.h"

#include "llvm/Support/Casting.h"

#include <cstdint>
#include <unordered_set>

namespace pylc::pypir {
namespace {

using namespace ir;

uint64_t generation = 1; // wrappers of an older generation are stale
// Instructions a plugin erased during the current hook: kept until it returns, so that a
// wrapper still pointing at one (a list of instructions made before the erase) is caught
// and its address is not reused by an instruction inserted meanwhile.
std::vector<std::unique_ptr<Instr>> graveyard;
std::unordered_set<const void *> erased;

void bury(Instr *i) {
  erased.insert(i);
  graveyard.push_back(detach(i));
}

struct Wrapper {
  PyObject_HEAD void *ptr;
  uint64_t generation;
};

PyTypeObject *functionType, *blockType, *valueType;

PyObject *wrap(PyTypeObject *type, void *ptr) {
  if (!ptr)
    Py_RETURN_NONE;
  Wrapper *w = PyObject_New(Wrapper, type);
  if (!w)
    return nullptr;
  w->ptr = ptr;
  w->generation = generation;
  return reinterpret_cast<PyObject *>(w);
}

template <class T> T *unwrap(PyObject *self) {
  auto *w = reinterpret_cast<Wrapper *>(self);
  if (w->generation != generation) {
    PyErr_SetString(PyExc_RuntimeError,
                    "this PIR object belongs to a plugin hook that has returned");
    return nullptr;
  }
  return static_cast<T *>(w->ptr);
}

// unwrap for a change: an erased instruction can still be read until the hook returns, but
// neither changed nor used in new code.
template <class T> T *live(PyObject *self) {
  T *p = unwrap<T>(self);
  if (p && erased.count(p)) {
    PyErr_SetString(PyExc_RuntimeError, "this instruction was erased");
    return nullptr;
  }
  return p;
}

PyObject *wrapValue(Value *v) { return wrap(valueType, v); }
PyObject *wrapBlock(Block *b) { return wrap(blockType, b); }

PyObject *str(const std::string &s) { return PyUnicode_FromStringAndSize(s.data(), s.size()); }

template <class T, class F> PyObject *listOf(const std::vector<T> &items, F &&wrapOne) {
  Ref list(PyList_New(0));
  for (auto &item : items) {
    Ref o(wrapOne(item));
    if (!o || PyList_Append(list.get(), o.get()) < 0)
      return nullptr;
  }
  return list.release();
}

// A Value operand given by a plugin: a pylc.Value of the same function.
Value *valueArg(PyObject *o, Function *f) {
  if (!PyObject_TypeCheck(o, valueType)) {
    PyErr_Format(PyExc_TypeError, "expected a pylc.Value, got %s", Py_TYPE(o)->tp_name);
    return nullptr;
  }
  Value *v = live<Value>(o);
  if (!v)
    return nullptr;
  Function *owner = nullptr;
  if (auto *i = llvm::dyn_cast<Instr>(v))
    owner = i->parent() ? i->parent()->parent() : nullptr;
  else if (auto *p = llvm::dyn_cast<BlockParam>(v))
    owner = p->parent()->parent();
  else
    for (auto &p : f->params())
      if (p.get() == v)
        owner = f;
  if (owner != f) {
    PyErr_SetString(PyExc_ValueError, "the value belongs to another function");
    return nullptr;
  }
  return v;
}

// ---------------------------------------------------------------- calls a plugin inserts

// An owned reference to the callable `target` names: "name" (a global or builtin) or
// "module.attr" (the module imported where the call is).
Value *loadTarget(Builder &b, const std::string &target) {
  size_t dot = target.rfind('.');
  if (dot == std::string::npos)
    return b.named(Opcode::GlobalLoad, target, {});
  return b.loadModuleAttr(target.substr(0, dot), target.substr(dot + 1));
}

// The arguments of an inserted call: values of `f`, or constants.
bool callArgs(Builder &b, PyObject *args, std::vector<Value *> &out) {
  Ref seq(PySequence_Fast(args, "the arguments must be a sequence"));
  if (!seq)
    return false;
  for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(seq.get()); ++i) {
    PyObject *a = PySequence_Fast_GET_ITEM(seq.get(), i);
    if (PyObject_TypeCheck(a, valueType)) {
      Value *v = valueArg(a, b.function());
      if (!v)
        return false;
      out.push_back(v);
      continue;
    }
    ConstData c;
    if (!constFromPython(a, c))
      return false;
    out.push_back(b.constant(c));
  }
  return true;
}

// Inserts `target(*args)` before `pos` (its result dropped); returns the call.
PyObject *insertCall(Instr *pos, PyObject *targetObj, PyObject *args) {
  const char *target = PyUnicode_AsUTF8(targetObj);
  if (!target)
    return nullptr;
  Builder b(pos->parent()->parent());
  b.setInsertPoint(pos);
  std::vector<Value *> values;
  if (!callArgs(b, args, values))
    return nullptr;
  Value *f = loadTarget(b, target);
  Instr *call = b.call(f, values);
  b.decref(call);
  b.decref(f);
  return wrapValue(call);
}

// ---------------------------------------------------------------- pylc.Function

PyObject *functionGet(PyObject *self, void *which) {
  Function *f = unwrap<Function>(self);
  if (!f)
    return nullptr;
  switch (reinterpret_cast<intptr_t>(which)) {
  case 0:
    return str(f->id());
  case 1:
    return str(f->name());
  case 2:
    return str(f->qualname());
  case 3:
    return PyUnicode_FromString(functionKindName(f->kind()));
  case 4:
    return PyLong_FromLong(f->firstLine);
  case 5:
    return listOf(f->blocks(), [](auto &b) { return wrapBlock(b.get()); });
  case 6:
    return listOf(f->params(), [](auto &p) { return wrapValue(p.get()); });
  case 7:
    return wrapBlock(f->entry());
  case 8:
    return PyBool_FromLong(f->isGenerator || f->isCoroutine);
  }
  Py_RETURN_NONE;
}

PyObject *functionInstructions(PyObject *self, PyObject *) {
  Function *f = unwrap<Function>(self);
  if (!f)
    return nullptr;
  Ref list(PyList_New(0));
  for (auto &b : f->blocks())
    for (auto &i : b->instrs()) {
      Ref o(wrapValue(i.get()));
      if (!o || PyList_Append(list.get(), o.get()) < 0)
        return nullptr;
    }
  return list.release();
}

PyObject *functionStr(PyObject *self) {
  Function *f = unwrap<Function>(self);
  return f ? str(toString(*f)) : nullptr;
}

PyObject *functionRepr(PyObject *self) {
  Function *f = unwrap<Function>(self);
  return f ? PyUnicode_FromFormat("<pylc.Function @%s>", f->id().c_str()) : nullptr;
}

#define GETTER(name, fn, index, doc)                                                               \
  { name, fn, nullptr, doc, reinterpret_cast<void *>(index) }

PyGetSetDef functionGetSet[] = {
    GETTER("id", functionGet, 0, "unique id within the module (@id in printed PIR)"),
    GETTER("name", functionGet, 1, "__name__"),
    GETTER("qualname", functionGet, 2, "__qualname__"),
    GETTER("kind", functionGet, 3, "module, function, lambda, class or comprehension"),
    GETTER("first_line", functionGet, 4, "co_firstlineno"),
    GETTER("blocks", functionGet, 5, "the blocks, entry first"),
    GETTER("params", functionGet, 6, "the parameters (pylc.Value)"),
    GETTER("entry", functionGet, 7, "the entry block"),
    GETTER("is_generator", functionGet, 8, "a generator, coroutine or async generator body"),
    {nullptr}};

PyMethodDef functionMethods[] = {
    {"instructions", functionInstructions, METH_NOARGS, "every instruction, block by block"},
    {nullptr}};

// ---------------------------------------------------------------- pylc.Block

PyObject *blockGet(PyObject *self, void *which) {
  Block *b = unwrap<Block>(self);
  if (!b)
    return nullptr;
  switch (reinterpret_cast<intptr_t>(which)) {
  case 0:
    return listOf(b->instrs(), [](auto &i) { return wrapValue(i.get()); });
  case 1:
    return listOf(b->params(), [](auto &p) { return wrapValue(p.get()); });
  case 2:
    return wrapValue(b->terminator());
  case 3:
    return wrap(functionType, b->parent());
  case 4:
    return listOf(b->successors(), [](Block *s) { return wrapBlock(s); });
  }
  Py_RETURN_NONE;
}

PyObject *valueErased(PyObject *self, void *) {
  Value *v = unwrap<Value>(self);
  return v ? PyBool_FromLong(erased.count(v) > 0) : nullptr;
}

PyObject *blockInsertCall(PyObject *self, PyObject *args) {
  Block *b = unwrap<Block>(self);
  Py_ssize_t index;
  PyObject *target, *callArgs = nullptr;
  if (!b || !PyArg_ParseTuple(args, "nU|O:insert_call", &index, &target, &callArgs))
    return nullptr;
  Py_ssize_t n = b->instrs().size();
  if (index < 0)
    index += n;
  if (index < 0 || index >= n) {
    PyErr_SetString(PyExc_IndexError, "insert_call: index out of range (the terminator is last)");
    return nullptr;
  }
  Ref empty(PyTuple_New(0));
  return insertCall(b->instrs()[index].get(), target, callArgs ? callArgs : empty.get());
}

PyObject *blockSplit(PyObject *self, PyObject *args) {
  Block *b = unwrap<Block>(self);
  Py_ssize_t index;
  if (!b || !PyArg_ParseTuple(args, "n:split", &index))
    return nullptr;
  if (index < 0 || index >= (Py_ssize_t)b->instrs().size()) {
    PyErr_SetString(PyExc_IndexError, "split: index out of range");
    return nullptr;
  }
  return wrapBlock(splitBlock(b->instrs()[index].get()));
}

PyObject *blockRepr(PyObject *self) {
  Block *b = unwrap<Block>(self);
  if (!b)
    return nullptr;
  SlotTracker names(*b->parent());
  return PyUnicode_FromFormat("<pylc.Block %s of @%s>", names.name(b).c_str(),
                              b->parent()->id().c_str());
}

PyGetSetDef blockGetSet[] = {
    GETTER("instructions", blockGet, 0, "the instructions, the terminator last"),
    GETTER("params", blockGet, 1, "the block parameters (pylc.Value)"),
    GETTER("terminator", blockGet, 2, "the last instruction"),
    GETTER("function", blockGet, 3, "the function"),
    GETTER("successors", blockGet, 4, "where it jumps or unwinds to"),
    {nullptr}};

PyMethodDef blockMethods[] = {
    {"insert_call", blockInsertCall, METH_VARARGS,
     "insert_call(index, target, args=()): call `target` ('name' or 'module.attr') with args "
     "(values or constants) before instruction `index`, dropping the result; returns the call"},
    {"split", blockSplit, METH_VARARGS,
     "split(index): move instruction `index` and the rest to a new block; returns it"},
    {nullptr}};

// ---------------------------------------------------------------- pylc.Value

Instr *instrOf(PyObject *self) {
  Value *v = live<Value>(self);
  if (!v)
    return nullptr;
  auto *i = llvm::dyn_cast<Instr>(v);
  if (!i)
    PyErr_SetString(PyExc_TypeError, "a parameter, not an instruction");
  return i;
}

Function *functionOf(Value *v) {
  if (auto *i = llvm::dyn_cast<Instr>(v))
    return i->parent() ? i->parent()->parent() : nullptr; // none once erased
  if (auto *p = llvm::dyn_cast<BlockParam>(v))
    return p->parent()->parent();
  return nullptr;
}

PyObject *valueGet(PyObject *self, void *which) {
  Value *v = unwrap<Value>(self);
  if (!v)
    return nullptr;
  intptr_t w = reinterpret_cast<intptr_t>(which);
  if (w == 0)
    return PyUnicode_FromString(v->type().name());
  if (w == 1)
    return PyUnicode_FromString(llvm::isa<Instr>(v)        ? "instr"
                                : llvm::isa<BlockParam>(v) ? "block_param"
                                                           : "param");
  if (auto *p = llvm::dyn_cast<FuncParam>(v))
    return w == 2 ? str(p->name()) : (Py_INCREF(Py_None), Py_None);
  auto *i = llvm::dyn_cast<Instr>(v);
  if (!i)
    Py_RETURN_NONE;
  switch (w) {
  case 2:
    return str(i->name);
  case 3:
    return PyUnicode_FromString(opcodeName(i->opcode()));
  case 4:
    return listOf(i->operands(), [](Value *o) { return wrapValue(o); });
  case 5:
    return listOf(i->names, [](const std::string &n) { return str(n); });
  case 6:
    return PyLong_FromLongLong(i->imm);
  case 7:
    if (i->opcode() != Opcode::Const)
      Py_RETURN_NONE;
    return constToPython(i->constant);
  case 8:
    return i->callee ? str(i->callee->id()) : (Py_INCREF(Py_None), Py_None);
  case 9:
    return Py_BuildValue("(ii)", i->loc().line, i->loc().col);
  case 10:
    return wrapBlock(i->parent());
  case 11:
    return PyBool_FromLong(i->mayRaise());
  case 12: {
    // The global or builtin a call's callee is loaded from, if it is.
    if (i->opcode() != Opcode::Call || !i->numOperands())
      Py_RETURN_NONE;
    auto *load = llvm::dyn_cast<Instr>(i->operand(0));
    if (!load || load->opcode() != Opcode::GlobalLoad)
      Py_RETURN_NONE;
    return str(load->name);
  }
  }
  Py_RETURN_NONE;
}

int valueSet(PyObject *self, PyObject *value, void *which) {
  Instr *i = instrOf(self);
  if (!i)
    return -1;
  if (!value) {
    PyErr_SetString(PyExc_AttributeError, "cannot delete this attribute");
    return -1;
  }
  switch (reinterpret_cast<intptr_t>(which)) {
  case 2: { // name
    const char *s = PyUnicode_AsUTF8(value);
    if (!s)
      return -1;
    i->name = s;
    return 0;
  }
  case 6: { // imm
    long long n = PyLong_AsLongLong(value);
    if (n == -1 && PyErr_Occurred())
      return -1;
    i->imm = n;
    return 0;
  }
  case 7: // constant
    if (i->opcode() != Opcode::Const) {
      PyErr_SetString(PyExc_TypeError, "only a const instruction has a constant");
      return -1;
    }
    return constFromPython(value, i->constant) ? 0 : -1;
  case 12: { // call_target: call another global, builtin or module.attr instead
    if (i->opcode() != Opcode::Call) {
      PyErr_SetString(PyExc_TypeError, "call_target: not a call");
      return -1;
    }
    const char *target = PyUnicode_AsUTF8(value);
    if (!target)
      return -1;
    Builder b(i->parent()->parent());
    b.setInsertPoint(i);
    Value *f = loadTarget(b, target);
    i->setOperand(0, f); // the old callee keeps its own decref
    b.setInsertPoint(i->parent()->instrs()[indexOf(i) + 1].get());
    b.decref(f);
    return 0;
  }
  }
  PyErr_SetString(PyExc_AttributeError, "read-only attribute");
  return -1;
}

PyObject *valueSetOperand(PyObject *self, PyObject *args) {
  Instr *i = instrOf(self);
  Py_ssize_t index;
  PyObject *v;
  if (!i || !PyArg_ParseTuple(args, "nO:set_operand", &index, &v))
    return nullptr;
  if (index < 0 || index >= (Py_ssize_t)i->numOperands()) {
    PyErr_SetString(PyExc_IndexError, "set_operand: index out of range");
    return nullptr;
  }
  Value *value = valueArg(v, i->parent()->parent());
  if (!value)
    return nullptr;
  i->setOperand(index, value);
  Py_RETURN_NONE;
}

// Erases the instruction and the decrefs of its result; anything else using it is an error.
PyObject *valueErase(PyObject *self, PyObject *) {
  Instr *i = instrOf(self);
  if (!i)
    return nullptr;
  if (i->isTerminator()) {
    PyErr_SetString(PyExc_ValueError, "erase: a terminator cannot be erased (replace the block's "
                                      "end instead)");
    return nullptr;
  }
  Function *f = i->parent()->parent();
  std::vector<Instr *> decrefs;
  for (auto &b : f->blocks())
    for (auto &u : b->instrs())
      for (Value *o : u->operands())
        if (o == i) {
          if (u->opcode() != Opcode::DecRef) {
            PyErr_Format(PyExc_ValueError, "erase: the result is still used by %s",
                         opcodeName(u->opcode()));
            return nullptr;
          }
          decrefs.push_back(u.get());
        }
  for (Instr *d : decrefs)
    bury(d);
  bury(i);
  Py_RETURN_NONE;
}

PyObject *valueReplaceUses(PyObject *self, PyObject *arg) {
  Value *v = live<Value>(self);
  if (!v)
    return nullptr;
  Function *f = functionOf(v);
  if (!f) {
    PyErr_SetString(PyExc_TypeError, "replace_uses_with: not an instruction or block parameter");
    return nullptr;
  }
  Value *with = valueArg(arg, f);
  if (!with)
    return nullptr;
  return PyLong_FromUnsignedLong(replaceAllUsesWith(*f, v, with));
}

PyObject *valueUseCount(PyObject *self, PyObject *) {
  Value *v = unwrap<Value>(self);
  if (!v)
    return nullptr;
  Function *f = functionOf(v);
  return PyLong_FromUnsignedLong(f ? countUses(*f, v) : 0);
}

PyObject *valueInsertCallBefore(PyObject *self, PyObject *args) {
  Instr *i = instrOf(self);
  PyObject *target, *callArgs = nullptr;
  if (!i || !PyArg_ParseTuple(args, "U|O:insert_call_before", &target, &callArgs))
    return nullptr;
  Ref empty(PyTuple_New(0));
  return insertCall(i, target, callArgs ? callArgs : empty.get());
}

PyObject *valueRepr(PyObject *self) {
  Value *v = unwrap<Value>(self);
  if (!v)
    return nullptr;
  Function *f = functionOf(v);
  std::string name = f ? SlotTracker(*f).name(v) : "%param";
  if (auto *p = llvm::dyn_cast<FuncParam>(v))
    name = "param " + p->name();
  if (auto *i = llvm::dyn_cast<Instr>(v))
    return PyUnicode_FromFormat("<pylc.Value %s = %s>", name.c_str(), opcodeName(i->opcode()));
  return PyUnicode_FromFormat("<pylc.Value %s>", name.c_str());
}

PyGetSetDef valueGetSet[] = {
    GETTER("type", valueGet, 0, "the PIR type (object, int, bool, ...)"),
    GETTER("kind", valueGet, 1, "instr, block_param or param"),
    {"name", valueGet, valueSet, "name attribute (global, attribute, ...); a parameter's name",
     reinterpret_cast<void *>(2)},
    GETTER("opcode", valueGet, 3, "the opcode as printed (call, global.load, ...)"),
    GETTER("operands", valueGet, 4, "the operands (pylc.Value)"),
    GETTER("names", valueGet, 5, "keyword names of a call"),
    {"imm", valueGet, valueSet, "the integer attribute (operator, count, slot...)",
     reinterpret_cast<void *>(6)},
    {"constant", valueGet, valueSet, "a const instruction's value", reinterpret_cast<void *>(7)},
    GETTER("callee", valueGet, 8, "func.make: the id of the function made"),
    GETTER("loc", valueGet, 9, "(line, column) of the source position"),
    GETTER("block", valueGet, 10, "the block it is in"),
    GETTER("may_raise", valueGet, 11, "whether it can raise"),
    {"erased", valueErased, nullptr, "whether erase() deleted it (it stays readable until the "
     "hook returns)", nullptr},
    {"call_target", valueGet, valueSet,
     "a call's callee when loaded from a global or builtin; assign 'name' or 'module.attr' to "
     "call that instead",
     reinterpret_cast<void *>(12)},
    {nullptr}};

PyMethodDef valueMethods[] = {
    {"set_operand", valueSetOperand, METH_VARARGS, "set_operand(index, value)"},
    {"erase", valueErase, METH_NOARGS,
     "delete the instruction (and the decrefs of its result); other uses are an error"},
    {"replace_uses_with", valueReplaceUses, METH_O,
     "make every use of this value use another; returns how many"},
    {"use_count", valueUseCount, METH_NOARGS, "how many operands are this value"},
    {"insert_call_before", valueInsertCallBefore, METH_VARARGS,
     "insert_call_before(target, args=()): call target ('name' or 'module.attr') just before "
     "this instruction, dropping the result; returns the call"},
    {nullptr}};

// ---------------------------------------------------------------- the types

Py_hash_t wrapperHash(PyObject *self) {
  return static_cast<Py_hash_t>(
      reinterpret_cast<uintptr_t>(reinterpret_cast<Wrapper *>(self)->ptr) >> 4);
}

PyObject *wrapperCompare(PyObject *a, PyObject *b, int op) {
  if ((op != Py_EQ && op != Py_NE) || Py_TYPE(a) != Py_TYPE(b))
    Py_RETURN_NOTIMPLEMENTED;
  bool same = reinterpret_cast<Wrapper *>(a)->ptr == reinterpret_cast<Wrapper *>(b)->ptr;
  return PyBool_FromLong(same == (op == Py_EQ));
}

PyTypeObject *makeType(const char *name, const char *doc, PyGetSetDef *getset, PyMethodDef *methods,
                       reprfunc repr, reprfunc strfn) {
  PyType_Slot slots[] = {{Py_tp_doc, const_cast<char *>(doc)},
                         {Py_tp_getset, getset},
                         {Py_tp_methods, methods},
                         {Py_tp_repr, reinterpret_cast<void *>(repr)},
                         {Py_tp_str, reinterpret_cast<void *>(strfn ? strfn : repr)},
                         {Py_tp_hash, reinterpret_cast<void *>(wrapperHash)},
                         {Py_tp_richcompare, reinterpret_cast<void *>(wrapperCompare)},
                         {0, nullptr}};
  PyType_Spec spec = {name, sizeof(Wrapper), 0,
                      Py_TPFLAGS_DEFAULT | Py_TPFLAGS_DISALLOW_INSTANTIATION, slots};
  return reinterpret_cast<PyTypeObject *>(PyType_FromSpec(&spec));
}

bool ensureTypes() {
  if (valueType)
    return true;
  functionType = makeType("pylc.Function", "A PIR function", functionGetSet, functionMethods,
                          functionRepr, functionStr);
  blockType = makeType("pylc.Block", "A PIR block", blockGetSet, blockMethods, blockRepr, nullptr);
  valueType = makeType("pylc.Value", "A PIR value: an instruction or a parameter", valueGetSet,
                       valueMethods, valueRepr, nullptr);
  return functionType && blockType && valueType;
}

} // namespace

PyObject *wrapFunction(ir::Function *f) {
  if (!ensureTypes())
    return nullptr;
  return wrap(functionType, f);
}

void invalidate() {
  ++generation;
  erased.clear();
  graveyard.clear();
}

bool constFromPython(PyObject *o, ConstData &out) {
  out = ConstData{};
  if (o == Py_None)
    out.kind = ConstData::Kind::None;
  else if (o == Py_True)
    out.kind = ConstData::Kind::True;
  else if (o == Py_False)
    out.kind = ConstData::Kind::False;
  else if (o == Py_Ellipsis)
    out.kind = ConstData::Kind::Ellipsis;
  else if (PyLong_CheckExact(o)) {
    Ref text(PyObject_Str(o));
    if (!text)
      return false;
    out.kind = ConstData::Kind::Int;
    out.text = PyUnicode_AsUTF8(text.get());
  } else if (PyFloat_CheckExact(o)) {
    out.kind = ConstData::Kind::Float;
    out.number = PyFloat_AsDouble(o);
  } else if (PyComplex_CheckExact(o)) {
    out.kind = ConstData::Kind::Complex;
    out.real = PyComplex_RealAsDouble(o);
    out.number = PyComplex_ImagAsDouble(o);
  } else if (PyUnicode_CheckExact(o)) {
    Py_ssize_t n;
    const char *s = PyUnicode_AsUTF8AndSize(o, &n);
    if (!s)
      return false;
    out.kind = ConstData::Kind::Str;
    out.text.assign(s, n);
  } else if (PyBytes_CheckExact(o)) {
    out.kind = ConstData::Kind::Bytes;
    out.text.assign(PyBytes_AS_STRING(o), PyBytes_GET_SIZE(o));
  } else if (PyTuple_CheckExact(o) || PyFrozenSet_CheckExact(o)) {
    out.kind = PyTuple_CheckExact(o) ? ConstData::Kind::Tuple : ConstData::Kind::FrozenSet;
    Ref items(PySequence_List(o));
    if (!items)
      return false;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(items.get()); ++i) {
      ConstData e;
      if (!constFromPython(PyList_GET_ITEM(items.get(), i), e))
        return false;
      out.elts.push_back(std::move(e));
    }
  } else {
    PyErr_Format(PyExc_TypeError, "a PIR constant cannot be a %s", Py_TYPE(o)->tp_name);
    return false;
  }
  return true;
}

PyObject *constToPython(const ConstData &c) {
  switch (c.kind) {
  case ConstData::Kind::None:
    Py_RETURN_NONE;
  case ConstData::Kind::True:
    Py_RETURN_TRUE;
  case ConstData::Kind::False:
    Py_RETURN_FALSE;
  case ConstData::Kind::Ellipsis:
    Py_INCREF(Py_Ellipsis);
    return Py_Ellipsis;
  case ConstData::Kind::Int: {
    bool hex = c.text.find("0x") != std::string::npos;
    return PyLong_FromString(c.text.c_str(), nullptr, hex ? 0 : 10);
  }
  case ConstData::Kind::Float:
    return PyFloat_FromDouble(c.number);
  case ConstData::Kind::Complex:
    return PyComplex_FromDoubles(c.real, c.number);
  case ConstData::Kind::Str:
    return PyUnicode_DecodeUTF8(c.text.data(), c.text.size(), "surrogatepass");
  case ConstData::Kind::Bytes:
    return PyBytes_FromStringAndSize(c.text.data(), c.text.size());
  case ConstData::Kind::Tuple:
  case ConstData::Kind::FrozenSet: {
    Ref tuple(PyTuple_New(c.elts.size()));
    for (size_t i = 0; i < c.elts.size(); ++i) {
      PyObject *e = constToPython(c.elts[i]);
      if (!e)
        return nullptr;
      PyTuple_SET_ITEM(tuple.get(), i, e);
    }
    if (c.kind == ConstData::Kind::Tuple)
      return tuple.release();
    return PyFrozenSet_New(tuple.get());
  }
  }
  Py_RETURN_NONE;
}

} // namespace pylc::pypir
