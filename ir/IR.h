// PIR: pylc's typed SSA intermediate representation.
//
// A Module holds Functions; a Function holds Blocks; a Block holds block parameters
// and Instrs, ending in one terminator. Every Value has a Type. Python local variables
// are frame slots (local.load / local.store), like allocas before mem2reg; every other
// value is SSA. Values of boxed type are CPython references whose ownership is explicit:
// an instruction either returns a new (owned) reference or a borrowed one, and owned
// references are consumed exactly once (decref, or an instruction that steals them).
// The verifier checks that balance; the backend derives error-path cleanups from it.
#pragma once

#include "ir/Type.h"

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace pylc::ir {

class Block;
class Function;
class Instr;

// Source position of a raising site: 1-based lines, 0-based UTF-8 byte columns.
struct Loc {
  int line = 0, col = 0, endLine = 0, endCol = 0;
};

enum class Opcode : uint8_t {
#define OPCODE(Enum, Name, Flags) Enum,
#include "ir/Opcodes.def"
};
const char *opcodeName(Opcode op);
// Whether `t` names a C type of a `ccall` signature (`None` only as the result).
bool isCCallType(const std::string &t, bool result);

class Value {
public:
  enum class Kind : uint8_t { Instr, BlockParam, FuncParam };
  Value(Kind kind, Type type) : kind_(kind), type_(type) {}
  virtual ~Value() = default;
  Kind valueKind() const { return kind_; }
  Type type() const { return type_; }
  void setType(Type t) { type_ = t; }
  // An owned value is a reference its user must consume exactly once.
  bool isOwned() const;

private:
  Kind kind_;
  Type type_;
};

// A parameter of a block: the target of `br ^b(%v)` (a phi). Owned if boxed.
class BlockParam : public Value {
public:
  BlockParam(Type t, Block *parent, unsigned index)
      : Value(Kind::BlockParam, t), parent_(parent), index_(index) {}
  Block *parent() const { return parent_; }
  unsigned index() const { return index_; }
  static bool classof(const Value *v) { return v->valueKind() == Kind::BlockParam; }

private:
  Block *parent_;
  unsigned index_;
};

// A function parameter: a borrowed reference to the caller's argument.
class FuncParam : public Value {
public:
  FuncParam(Type t, std::string name, unsigned index)
      : Value(Kind::FuncParam, t), name_(std::move(name)), index_(index) {}
  const std::string &name() const { return name_; }
  unsigned index() const { return index_; }
  static bool classof(const Value *v) { return v->valueKind() == Kind::FuncParam; }

private:
  std::string name_;
  unsigned index_;
};

// A Python constant as the module's constant table holds it. Tuples and frozensets hold
// their elements (constants again, nested to any depth).
struct ConstData {
  enum class Kind : uint8_t {
    None,
    True,
    False,
    Ellipsis,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    Tuple,
    FrozenSet
  };
  Kind kind = Kind::None;
  // Int: decimal digits, or hexadecimal "0x..." for big values (optional leading '-');
  // Str: UTF-8; Bytes: raw.
  std::string text;
  double number = 0; // Float value; Complex imaginary part
  double real = 0;   // Complex real part
  // Tuple: the items. FrozenSet: the distinct items in the order the set is built from.
  std::vector<ConstData> elts;

  // Whether CPython's compiler would merge the two constants into one object
  // (_PyCode_ConstantKey equality): the same type and value, so 1, 1.0 and True differ,
  // 0.0 and -0.0 differ, a NaN equals nothing, tuples compare item by item and frozensets
  // as sets of such keys (in any order).
  bool operator==(const ConstData &o) const;
  bool operator!=(const ConstData &o) const { return !(*this == o); }
};

// A hash consistent with ConstData::operator==.
size_t hashConst(const ConstData &c);

// Operator attributes (binop/inplace/unop/compare) use these codes.
enum class BinaryOp : uint8_t {
  Add, Sub, Mul, MatMul, TrueDiv, Mod, Pow, LShift, RShift, Or, Xor, And, FloorDiv
};
enum class UnaryOp : uint8_t { Neg, Pos, Invert };
enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge }; // CPython's Py_LT..Py_GE order
// exc.reraise's attribute: where the frame points when the exception goes on (f_lineno of
// a frame the exception left). Keep: where it is (RERAISE 0 of an unmatched `except`, a bare
// `raise`); Raised: back at the site that raised it (RERAISE 1/2: `with`, restoring lasti);
// Here: at the reraise's own location (RERAISE 0 after a `finally` body: its last line).
enum class ReraiseSite : uint8_t { Keep, Raised, Here };
const char *binaryOpName(BinaryOp op);  // "add"
const char *unaryOpName(UnaryOp op);    // "neg"
const char *compareOpName(CompareOp op); // "lt"

class Instr : public Value {
public:
  Instr(Opcode op, Type resultType) : Value(Kind::Instr, resultType), op_(op) {}
  static bool classof(const Value *v) { return v->valueKind() == Kind::Instr; }

  Opcode opcode() const { return op_; }
  bool mayRaise() const;
  bool usesSlot() const; // imm is a local slot index
  bool isTerminator() const;
  bool hasResult() const;
  // Whether operand i's reference is consumed by this instruction (on every path, the
  // error path included).
  bool stealsOperand(unsigned i) const;

  const std::vector<Value *> &operands() const { return operands_; }
  Value *operand(unsigned i) const { return operands_[i]; }
  unsigned numOperands() const { return operands_.size(); }
  void addOperand(Value *v) { operands_.push_back(v); }
  void setOperand(unsigned i, Value *v) { operands_[i] = v; }

  // The handler a raising instruction unwinds to (its exceptional successor), or null:
  // leave the function. Owned values live at the raise but not live into the handler are
  // released on the way.
  Block *unwind() const { return unwind_; }
  void setUnwind(Block *b) { unwind_ = b; }

  // Terminators: successor blocks; for `br`, operands are the successor's arguments.
  const std::vector<Block *> &successors() const { return successors_; }
  void addSuccessor(Block *b) { successors_.push_back(b); }
  void setSuccessor(unsigned i, Block *b) { successors_[i] = b; }

  Block *parent() const { return parent_; }
  void setParent(Block *b) { parent_ = b; }
  const Loc &loc() const { return loc_; }
  void setLoc(const Loc &l) { loc_ = l; }

  // Attributes; which ones an opcode uses is documented in Opcodes.def.
  std::string name;               // local/global/attribute/module name
  std::vector<std::string> names; // call keyword names
  int64_t imm = 0;                // operator code, count, index, flags, level, slot
  int64_t imm2 = 0;               // a second count (unpack.ex)
  ConstData constant;             // const
  Function *callee = nullptr;     // func.make

private:
  Opcode op_;
  std::vector<Value *> operands_;
  std::vector<Block *> successors_;
  Block *unwind_ = nullptr;
  Block *parent_ = nullptr;
  Loc loc_;
};

class Block {
public:
  explicit Block(Function *parent) : parent_(parent) {}
  Function *parent() const { return parent_; }

  BlockParam *addParam(Type t);
  const std::vector<std::unique_ptr<BlockParam>> &params() const { return params_; }

  std::vector<std::unique_ptr<Instr>> &instrs() { return instrs_; }
  const std::vector<std::unique_ptr<Instr>> &instrs() const { return instrs_; }
  Instr *append(std::unique_ptr<Instr> i);
  Instr *insert(size_t pos, std::unique_ptr<Instr> i);
  Instr *terminator() const;
  bool hasTerminator() const { return terminator() != nullptr; }
  // The terminator's successors, then the handlers its instructions unwind to (each once).
  std::vector<Block *> successors() const;

private:
  Function *parent_;
  std::vector<std::unique_ptr<BlockParam>> params_;
  std::vector<std::unique_ptr<Instr>> instrs_;
};

// The Python-visible signature of a function: what the runtime's argument binding needs.
struct Signature {
  std::vector<std::string> params; // CPython order: positional, kw-only, *args, **kwargs
  int argcount = 0;                // positional (positional-only included)
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  bool varargs = false, varkw = false;
  int numDefaults = 0;   // defaults for the last numDefaults positional parameters
  bool hasKwDefaults = false;
};

// What kind of code a function is; it decides how names are stored and the code flags.
enum class FunctionKind : uint8_t { Module, Function, Lambda, ClassBody, Comprehension };
const char *functionKindName(FunctionKind k); // "module", "function", ...

// Where a local slot keeps its variable: the value itself (fast), a cell the function
// creates (cell), or a cell of the closure (free).
enum class SlotKind : uint8_t { Fast, Cell, Free };

class Function {
public:
  Function(std::string id, std::string name, std::string qualname, FunctionKind kind)
      : id_(std::move(id)), name_(std::move(name)), qualname_(std::move(qualname)), kind_(kind) {}
  // A function outside any module (unit tests): its id is its qualname.
  Function(std::string name, std::string qualname, FunctionKind kind)
      : Function(qualname, std::move(name), qualname, kind) {}

  // Unique within the module (`@id` in the printed form): the qualname, with `#2`, `#3`, ...
  // appended for the second and later functions of the same qualname (two lambdas of a scope).
  const std::string &id() const { return id_; }
  const std::string &name() const { return name_; }
  void setName(std::string name) { name_ = std::move(name); }
  const std::string &qualname() const { return qualname_; }
  FunctionKind kind() const { return kind_; }
  // The module body runs with the module dict as its namespace: names are globals.
  bool isModuleBody() const { return kind_ == FunctionKind::Module; }
  // Module and class bodies run with a locals mapping, their only parameter.
  bool hasLocalsMapping() const {
    return kind_ == FunctionKind::Module || kind_ == FunctionKind::ClassBody;
  }

  Signature signature;
  std::string doc; // empty: no docstring
  bool hasDoc = false;
  int firstLine = 1;
  bool isGenerator = false; // contains yield (with isCoroutine: an async generator)
  bool isCoroutine = false; // async def
  bool isNested = false;    // defined inside another function (CO_NESTED)

  FuncParam *addParam(const std::string &name);
  const std::vector<std::unique_ptr<FuncParam>> &params() const { return params_; }

  // Local variable slots, in CPython's localsplus order: parameters first, then the other
  // fast locals, then cells, then free variables.
  unsigned addLocal(const std::string &name, SlotKind kind = SlotKind::Fast);
  int findLocal(const std::string &name) const;
  // The slot of `name` with kind `kind` (a class body can have a cell and a free variable
  // both named __class__), or -1.
  int findLocal(const std::string &name, SlotKind kind) const;
  const std::vector<std::string> &locals() const { return locals_; }
  SlotKind slotKind(unsigned i) const { return slotKinds_[i]; }
  // Moves slot i to newIndex[i] (a permutation), renumbering the instructions that use it.
  void reorderSlots(const std::vector<unsigned> &newIndex);

  Block *addBlock();
  Block *entry() const { return blocks_.empty() ? nullptr : blocks_.front().get(); }
  std::vector<std::unique_ptr<Block>> &blocks() { return blocks_; }
  const std::vector<std::unique_ptr<Block>> &blocks() const { return blocks_; }

private:
  std::string id_, name_, qualname_;
  FunctionKind kind_;
  std::vector<std::unique_ptr<FuncParam>> params_;
  std::vector<std::string> locals_;
  std::vector<SlotKind> slotKinds_;
  std::vector<std::unique_ptr<Block>> blocks_;
};

class Module {
public:
  Module(std::string name, std::string path) : name_(std::move(name)), path_(std::move(path)) {}
  const std::string &name() const { return name_; }
  const std::string &path() const { return path_; } // absolute source path: co_filename

  // A new function with a fresh unique id derived from its qualname, or with `id` (which
  // must be free).
  Function *addFunction(std::string name, std::string qualname, FunctionKind kind,
                        std::string id = "");
  Function *findFunction(const std::string &id) const; // null if none
  std::vector<std::unique_ptr<Function>> &functions() { return functions_; }
  const std::vector<std::unique_ptr<Function>> &functions() const { return functions_; }
  Function *body() const; // the `<module>` function

private:
  std::string name_, path_;
  std::vector<std::unique_ptr<Function>> functions_;
  std::unordered_map<std::string, Function *> byId_;
};

} // namespace pylc::ir
