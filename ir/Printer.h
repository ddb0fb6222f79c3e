// The textual form of PIR (`pylc build --emit=pir`), stable enough to FileCheck against.
#pragma once

#include "ir/IR.h"

#include <map>
#include <ostream>
#include <string>

namespace pylc::ir {

void printModule(const Module &m, std::ostream &os);
void printFunction(const Function &f, std::ostream &os);
std::string toString(const Module &m);
std::string toString(const Function &f);

// Names values (%0, %1, ...) and blocks (^bb0, ...) of one function in printing order;
// the verifier uses it to name what it complains about.
class SlotTracker {
public:
  explicit SlotTracker(const Function &f);
  std::string name(const Value *v) const;
  std::string name(const Block *b) const;

private:
  std::map<const Value *, unsigned> values_;
  std::map<const Block *, unsigned> blocks_;
};

std::string formatConst(const ConstData &c);
// A string literal as the printed form writes it (escapes \" \\ \n \t \r \xNN).
std::string quote(const std::string &s);
// `f` of `C.<locals>.f`: a function's name, unless the header says otherwise.
std::string lastNameComponent(const std::string &qualname);
// The `imm` an instruction of this opcode has when its syntax shows none (-1 for `format`:
// no conversion).
int64_t defaultImm(Opcode op);

} // namespace pylc::ir
