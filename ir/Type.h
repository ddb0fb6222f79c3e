// PIR types. `object` is any CPython object; the known-class types (str, bytes, list,
// tuple, dict, set) are CPython objects of that exact class; int, float and bool are
// unboxed machine values (a tagged 64-bit word, a double, an i1) and None needs no storage.
#pragma once

#include <cstdint>

namespace pylc::ir {

enum class TypeKind : uint8_t { Object, Int, Float, Bool, None, Str, Bytes, List, Tuple, Dict, Set };

class Type {
public:
  constexpr Type(TypeKind k = TypeKind::Object) : kind_(k) {}
  static constexpr Type object() { return Type(TypeKind::Object); }
  static constexpr Type boolean() { return Type(TypeKind::Bool); }
  static constexpr Type none() { return Type(TypeKind::None); }

  TypeKind kind() const { return kind_; }
  // Represented as a PyObject* (and so reference counted).
  bool isBoxed() const {
    return kind_ != TypeKind::Int && kind_ != TypeKind::Float && kind_ != TypeKind::Bool &&
           kind_ != TypeKind::None;
  }
  const char *name() const;
  bool operator==(Type o) const { return kind_ == o.kind_; }
  bool operator!=(Type o) const { return kind_ != o.kind_; }

private:
  TypeKind kind_;
};

// Parses a printed type name; returns false if unknown.
bool parseType(const char *name, Type &out);

} // namespace pylc::ir
