#include "ir/Type.h"

#include <cstring>

namespace pylc::ir {

static const char *const kTypeNames[] = {"object", "int",   "float", "bool", "None", "str",
                                         "bytes",  "list",  "tuple", "dict", "set"};

const char *Type::name() const { return kTypeNames[static_cast<int>(kind_)]; }

bool parseType(const char *name, Type &out) {
  for (unsigned i = 0; i < sizeof(kTypeNames) / sizeof(kTypeNames[0]); ++i)
    if (std::strcmp(name, kTypeNames[i]) == 0) {
      out = Type(static_cast<TypeKind>(i));
      return true;
    }
  return false;
}

} // namespace pylc::ir
