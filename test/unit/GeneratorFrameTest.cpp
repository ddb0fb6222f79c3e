// The interpreter frame of a compiled generator (runtime/generator.c): it lives
// inside the generator object, sized for the function's slots, laid out as
// CPython 3.11's _PyInterpreterFrame (so frame objects, f_locals and tracebacks
// read it as the interpreter's), and it is what gi_frame shows.
#define Py_BUILD_CORE 1
#include "runtime/pylc_runtime.h"

#include "internal/pycore_frame.h"

#include <gtest/gtest.h>

#include <string>

namespace {

void ensurePython() {
  if (!Py_IsInitialized())
    Py_InitializeEx(0);
}

std::string repr(PyObject *v) {
  PyObject *r = v ? PyObject_Repr(v) : nullptr;
  std::string s = r ? PyUnicode_AsUTF8(r) : "<error>";
  Py_XDECREF(r);
  PyErr_Clear();
  return s;
}

PyObject *attr(PyObject *o, const char *name) {
  return PyObject_GetAttrString(o, name);
}

PyObject *neverRuns(PyObject *, PyObject *const *) { return nullptr; }

// def g(a, b): x = ...; yield  -- three plain local slots.
PyObject *makeGeneratorFunction() {
  static const char *varnames[] = {"a", "b", "x"};
  static const unsigned char table[] = {0xE8, 0};
  static pylc_funcdesc desc = {
      "g", "g",      1,       2,     0, 0, PYLC_GENERATOR,
      3,   varnames, nullptr, table, 2, 1, nullptr};
  PyObject *globals = PyDict_New();
  PyDict_SetItemString(globals, "__name__", PyUnicode_InternFromString("m"));
  PyObject *f = pylc_function_new(&desc, neverRuns, nullptr, globals, nullptr,
                                  nullptr, nullptr, nullptr);
  Py_DECREF(globals);
  return f;
}

TEST(RuntimeGeneratorFrame, LivesInsideTheGeneratorObject) {
  ensurePython();
  PyObject *f = makeGeneratorFunction();
  ASSERT_NE(f, nullptr);
  const int nslots = 3;
  PyObject *gen = pylc_gen_new(f, nslots, 0);
  ASSERT_NE(gen, nullptr);
  EXPECT_EQ(std::string(Py_TYPE(gen)->tp_name), "generator");

  // The frame and its slots are within the object's allocation, after its fixed
  // fields.
  _PyInterpreterFrame *frame = pylc_gen_frame(gen);
  char *begin = reinterpret_cast<char *>(gen);
  char *end = begin + _PyObject_VAR_SIZE(Py_TYPE(gen), Py_SIZE(gen));
  char *frameAt = reinterpret_cast<char *>(frame);
  EXPECT_GE(frameAt, begin + sizeof(PyVarObject));
  EXPECT_LE(reinterpret_cast<char *>(frame->localsplus + nslots), end);

  // A generator with more slots is a larger object, by whole slots.
  PyObject *bigger = pylc_gen_new(f, nslots + 5, 0);
  ASSERT_NE(bigger, nullptr);
  EXPECT_EQ(Py_SIZE(bigger) - Py_SIZE(gen), 5);
  Py_DECREF(bigger);

  // The specials are the function's, and the slots start out unbound.
  PyObject *code = attr(f, "__code__");
  EXPECT_EQ(reinterpret_cast<PyObject *>(frame->f_code), code);
  EXPECT_EQ(reinterpret_cast<PyObject *>(frame->f_func), f);
  PyObject *globals = attr(f, "__globals__");
  EXPECT_EQ(frame->f_globals, globals);
  for (int i = 0; i < nslots; i++)
    EXPECT_EQ(frame->localsplus[i], nullptr) << "slot " << i;

  // gi_frame is a frame object over this memory: what the body stores in a slot
  // is what f_locals shows, under the code's co_varnames.
  frame->localsplus[0] = PyLong_FromLong(7);
  frame->localsplus[2] = PyUnicode_FromString("x-value");
  PyObject *fo = attr(gen, "gi_frame");
  ASSERT_NE(fo, nullptr);
  PyObject *fcode = attr(fo, "f_code");
  EXPECT_EQ(fcode, code);
  PyObject *locals = attr(fo, "f_locals");
  EXPECT_EQ(repr(locals), "{'a': 7, 'x': 'x-value'}");
  PyObject *running = attr(gen, "gi_running");
  EXPECT_EQ(running, Py_False);
  PyObject *gicode = attr(gen, "gi_code");
  EXPECT_EQ(gicode, code);

  for (PyObject *o : {gicode, running, locals, fcode, fo})
    Py_XDECREF(o);
  Py_DECREF(gen); // releases the slots with the frame
  Py_DECREF(globals);
  Py_DECREF(code);
  Py_DECREF(f);
}

} // namespace
