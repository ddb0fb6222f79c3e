// Conversions between CPython constant objects and ast::ConstantValue.
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "frontend/PyConstant.h"

namespace pylc {

using ast::ConstantValue;

std::string utf8Of(PyObject *str) {
  Py_ssize_t size = 0;
  const char *data = PyUnicode_AsUTF8AndSize(str, &size);
  if (data)
    return std::string(data, size);
  PyErr_Clear();
  PyObject *bytes = PyUnicode_AsEncodedString(str, "utf-8", "surrogatepass");
  if (!bytes) {
    PyErr_Clear();
    return {};
  }
  std::string out(PyBytes_AS_STRING(bytes), PyBytes_GET_SIZE(bytes));
  Py_DECREF(bytes);
  return out;
}

std::optional<std::string> intConstantText(PyObject *o) {
  size_t bits = _PyLong_NumBits(o);
  if (bits == (size_t)-1 && PyErr_Occurred()) {
    PyErr_Clear();
    return std::nullopt;
  }
  // Decimal for the values people read; its length stays far below the 640 digits from
  // which sys.int_max_str_digits can limit str() and int(), here or at run time.
  PyObject *text = bits <= (size_t)ConstantValue::kMaxDecimalIntBits ? PyLong_Type.tp_repr(o)
                                                                     : PyNumber_ToBase(o, 16);
  if (!text) {
    PyErr_Clear();
    return std::nullopt;
  }
  std::string out = utf8Of(text);
  Py_DECREF(text);
  return out;
}

std::optional<ConstantValue> constantFromPython(PyObject *o) {
  using K = ConstantValue::Kind;
  ConstantValue c;
  if (o == Py_None) {
    c.kind = K::None;
  } else if (o == Py_True) {
    c.kind = K::True;
  } else if (o == Py_False) {
    c.kind = K::False;
  } else if (o == Py_Ellipsis) {
    c.kind = K::Ellipsis;
  } else if (PyLong_CheckExact(o)) {
    std::optional<std::string> text = intConstantText(o);
    if (!text)
      return std::nullopt;
    c.kind = K::Int;
    c.text = std::move(*text);
  } else if (PyFloat_CheckExact(o)) {
    c.kind = K::Float;
    c.number = PyFloat_AS_DOUBLE(o);
  } else if (PyComplex_CheckExact(o)) {
    c.kind = K::Complex;
    c.real = PyComplex_RealAsDouble(o);
    c.number = PyComplex_ImagAsDouble(o);
  } else if (PyUnicode_CheckExact(o)) {
    c.kind = K::Str;
    c.text = utf8Of(o);
  } else if (PyBytes_CheckExact(o)) {
    c.kind = K::Bytes;
    c.text.assign(PyBytes_AS_STRING(o), PyBytes_GET_SIZE(o));
  } else if (PyTuple_CheckExact(o)) {
    c.kind = K::Tuple;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(o); ++i) {
      std::optional<ConstantValue> item = constantFromPython(PyTuple_GET_ITEM(o, i));
      if (!item)
        return std::nullopt;
      c.elts.push_back(std::move(*item));
    }
  } else {
    return std::nullopt;
  }
  return c;
}

PyObject *constantToPython(const ConstantValue &c) {
  using K = ConstantValue::Kind;
  switch (c.kind) {
  case K::None:
    return Py_NewRef(Py_None);
  case K::True:
    return Py_NewRef(Py_True);
  case K::False:
    return Py_NewRef(Py_False);
  case K::Ellipsis:
    return Py_NewRef(Py_Ellipsis);
  case K::Int:
    return PyLong_FromString(c.text.c_str(), nullptr, 0);
  case K::Float:
    return PyFloat_FromDouble(c.number);
  case K::Complex:
    return PyComplex_FromDoubles(c.real, c.number);
  case K::Str:
    return PyUnicode_DecodeUTF8(c.text.data(), (Py_ssize_t)c.text.size(), "surrogatepass");
  case K::Bytes:
    return PyBytes_FromStringAndSize(c.text.data(), (Py_ssize_t)c.text.size());
  case K::Tuple:
  case K::FrozenSet: {
    PyObject *t = PyTuple_New((Py_ssize_t)c.elts.size());
    if (!t)
      return nullptr;
    for (size_t i = 0; i < c.elts.size(); ++i) {
      PyObject *item = constantToPython(c.elts[i]);
      if (!item) {
        Py_DECREF(t);
        return nullptr;
      }
      PyTuple_SET_ITEM(t, (Py_ssize_t)i, item);
    }
    if (c.kind == K::Tuple)
      return t;
    PyObject *s = PyFrozenSet_New(t);
    Py_DECREF(t);
    return s;
  }
  }
  PyErr_SetString(PyExc_SystemError, "pylc: unknown constant kind");
  return nullptr;
}

} // namespace pylc
