// Small RAII helpers for the compiler's own use of the embedded interpreter (the parser,
// plugins): owned references, holding the GIL, and leaving sys.modules as it was found.
// Include after <Python.h>.
#pragma once

#include <utility>

namespace pylc {

// An owned reference.
class Ref {
public:
  Ref() = default;
  explicit Ref(PyObject *o) : o_(o) {}
  Ref(const Ref &) = delete;
  Ref &operator=(const Ref &) = delete;
  Ref(Ref &&r) noexcept : o_(r.o_) { r.o_ = nullptr; }
  Ref &operator=(Ref &&r) noexcept {
    std::swap(o_, r.o_);
    return *this;
  }
  ~Ref() { Py_XDECREF(o_); }
  PyObject *get() const { return o_; }
  PyObject *release() { return std::exchange(o_, nullptr); }
  explicit operator bool() const { return o_ != nullptr; }

private:
  PyObject *o_ = nullptr;
};

// Holds the GIL for a scope, whether or not the caller already had it.
class GILGuard {
public:
  GILGuard() : state_(PyGILState_Ensure()) {}
  ~GILGuard() { PyGILState_Release(state_); }

private:
  PyGILState_STATE state_;
};

// Removes whatever the scope added to sys.modules and clears any exception left behind,
// so that a program run in this interpreter cannot tell that the compiler used it.
class InterpreterStateGuard {
public:
  InterpreterStateGuard() {
    PyObject *modules = PyImport_GetModuleDict();
    if (modules && PyDict_Check(modules))
      before_ = Ref(PySet_New(modules));
    PyErr_Clear();
  }
  ~InterpreterStateGuard() {
    PyErr_Clear();
    PyObject *modules = PyImport_GetModuleDict();
    if (!before_ || !modules || !PyDict_Check(modules))
      return;
    Ref keys(PyDict_Keys(modules));
    if (!keys) {
      PyErr_Clear();
      return;
    }
    for (Py_ssize_t i = 0, n = PyList_GET_SIZE(keys.get()); i < n; ++i) {
      PyObject *key = PyList_GET_ITEM(keys.get(), i);
      if (PySet_Contains(before_.get(), key) == 0)
        PyDict_DelItem(modules, key);
    }
    PyErr_Clear();
  }

private:
  Ref before_;
};

} // namespace pylc
