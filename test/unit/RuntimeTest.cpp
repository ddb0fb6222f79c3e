// Unit tests of the runtime library (libpylcrt.a) through its C ABI. Expected strings are
// what /usr/bin/python3.11 produces for the equivalent Python code.
#include "runtime/linetable.h"
#include "runtime/pylc_runtime.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

// The interpreter is shared with any other test of this binary that needs it.
void ensurePython() {
  if (!Py_IsInitialized())
    Py_InitializeEx(0);
}

// "TypeName: message" of the pending exception, which is cleared; "" when none.
std::string takeError() {
  if (!PyErr_Occurred())
    return "";
  PyObject *type, *value, *tb;
  PyErr_Fetch(&type, &value, &tb);
  PyErr_NormalizeException(&type, &value, &tb);
  std::string out = reinterpret_cast<PyTypeObject *>(type)->tp_name;
  if (PyObject *s = PyObject_Str(value)) {
    if (PyUnicode_GET_LENGTH(s) > 0)
      out += std::string(": ") + PyUnicode_AsUTF8(s);
    Py_DECREF(s);
  }
  Py_XDECREF(type);
  Py_XDECREF(value);
  Py_XDECREF(tb);
  return out;
}

PyObject *eval(const char *src) {
  PyObject *globals = PyDict_New();
  PyDict_SetItemString(globals, "__builtins__", PyEval_GetBuiltins());
  PyObject *v = PyRun_String(src, Py_eval_input, globals, globals);
  Py_DECREF(globals);
  return v;
}

std::string repr(PyObject *v) {
  PyObject *r = PyObject_Repr(v);
  std::string s = r ? PyUnicode_AsUTF8(r) : "<error>";
  Py_XDECREF(r);
  return s;
}

TEST(RuntimeLinetable, SizesAndEncodesLongForm) {
  int lines[] = {3, 5}, endlines[] = {3, 6}, cols[] = {4, 0}, endcols[] = {9, 70};
  size_t n = pylc_linetable_encode(lines, endlines, cols, endcols, 2, 1, nullptr);
  std::vector<unsigned char> buf(n);
  EXPECT_EQ(pylc_linetable_encode(lines, endlines, cols, endcols, 2, 1, buf.data()), n);
  // Entry 0: code 14, line +2 (svarint 4), end +0, col 5, end col 10.
  std::vector<unsigned char> expected = {0xF0, 4, 0, 5, 10,
                                         // Entry 1: line +2, end +1, col 1, end col 71
                                         // (two varint chunks: 0x40|7, 1).
                                         0xF0, 4, 1, 1, 0x47, 1};
  EXPECT_EQ(buf, expected);
}

TEST(RuntimeLinetable, NoColumnsAndNoLocation) {
  int lines[] = {-1, 2, 1};
  unsigned char buf[16];
  size_t n = pylc_linetable_encode(lines, nullptr, nullptr, nullptr, 3, 1, buf);
  std::vector<unsigned char> got(buf, buf + n);
  // 15 (none), then 13 with +1 (2), then 13 with -1 (svarint 3).
  std::vector<unsigned char> expected = {0xF8, 0xE8, 2, 0xE8, 3};
  EXPECT_EQ(got, expected);
}

// A code object from pylc_code_new reports the positions CPython decodes from the table.
TEST(RuntimeCode, PositionsRoundTrip) {
  ensurePython();
  int lines[] = {2, 4, -1}, endlines[] = {2, 5, -1}, cols[] = {11, -1, -1},
      endcols[] = {16, -1, -1};
  unsigned char table[64];
  static const char *varnames[] = {"a", "b", "tmp"};
  pylc_funcdesc desc = {"f", "C.f", 1, 2, 0, 0, 0, 3, varnames, nullptr, table, 0, 3, nullptr};
  desc.linetable_len = (int)pylc_linetable_encode(lines, endlines, cols, endcols, 3, 1, table);
  PyObject *file = PyUnicode_FromString("/tmp/x.py");
  PyObject *code = pylc_code_new(&desc, file);
  ASSERT_NE(code, nullptr) << takeError();
  PyObject *positions = PyObject_CallMethod(code, "co_positions", nullptr);
  PyObject *list = PySequence_List(positions);
  // The first code unit is the RESUME of the prologue, at the `def` line with CPython's
  // columns (0, 0); after the sites
  // the trailer that calls the compiled body if the interpreter runs the code is at the
  // `def` line too.
  std::string trailer;
  for (int i = 0; i < 10; i++)
    trailer += ", (1, 1, None, None)";
  EXPECT_EQ(repr(list), "[(1, 1, 0, 0), (2, 2, 11, 16), (4, 4, None, None), (None, None, "
                        "None, None)" +
                            trailer + "]");
  PyObject *qualname = PyObject_GetAttrString(code, "co_qualname");
  EXPECT_EQ(repr(qualname), "'C.f'");
  PyObject *names = PyObject_GetAttrString(code, "co_varnames");
  EXPECT_EQ(repr(names), "('a', 'b', 'tmp')");
  Py_XDECREF(names);
  Py_XDECREF(qualname);
  Py_XDECREF(list);
  Py_XDECREF(positions);
  Py_DECREF(code);
  Py_DECREF(file);
}

PyObject *returnParams(PyObject *func, PyObject *const *params) {
  return PyTuple_Pack(3, params[0], params[1], params[2]);
}

// def f(a, /, b=2, *, k): return (a, b, k)
PyObject *makeFunction() {
  static const char *varnames[] = {"a", "b", "k"};
  static const unsigned char table[] = {0xE8, 0};
  static pylc_funcdesc desc = {"f", "f", 1, 2, 1, 1, 0, 3, varnames, nullptr, table, 2, 1, "doc"};
  PyObject *globals = PyDict_New();
  PyDict_SetItemString(globals, "__name__", PyUnicode_InternFromString("m"));
  PyObject *defaults = Py_BuildValue("(i)", 2);
  PyObject *f = pylc_function_new(&desc, returnParams, nullptr, globals, defaults, nullptr, nullptr, nullptr);
  Py_DECREF(defaults);
  Py_DECREF(globals);
  return f;
}

std::string call(PyObject *f, const char *args, const char *kwargs) {
  PyObject *a = eval(args), *k = eval(kwargs);
  PyObject *r = PyObject_Call(f, a, k == Py_None ? nullptr : k);
  Py_XDECREF(a);
  Py_XDECREF(k);
  if (!r)
    return takeError();
  std::string s = repr(r);
  Py_DECREF(r);
  return s;
}

TEST(RuntimeFunction, BindsLikeCPython) {
  ensurePython();
  PyObject *f = makeFunction();
  ASSERT_NE(f, nullptr) << takeError();
  EXPECT_EQ(std::string(Py_TYPE(f)->tp_name), "function");
  PyObject *name = PyObject_GetAttrString((PyObject *)Py_TYPE(f), "__name__");
  ASSERT_NE(name, nullptr) << takeError();
  EXPECT_EQ(std::string(PyUnicode_AsUTF8(name)), "compiled_function");
  Py_DECREF(name);
  EXPECT_EQ(call(f, "(1,)", "{'k': 3}"), "(1, 2, 3)");
  EXPECT_EQ(call(f, "(1, 5)", "{'k': 3}"), "(1, 5, 3)");
  EXPECT_EQ(call(f, "(1,)", "{'b': 4, 'k': 3}"), "(1, 4, 3)");
  EXPECT_EQ(call(f, "()", "{'k': 3}"),
            "TypeError: f() missing 1 required positional argument: 'a'");
  EXPECT_EQ(call(f, "(1,)", "None"),
            "TypeError: f() missing 1 required keyword-only argument: 'k'");
  EXPECT_EQ(call(f, "(1, 2, 3)", "None"),
            "TypeError: f() takes from 1 to 2 positional arguments but 3 were given");
  EXPECT_EQ(call(f, "(1, 2, 3)", "{'k': 1}"),
            "TypeError: f() takes from 1 to 2 positional arguments but 3 positional arguments "
            "(and 1 keyword-only argument) were given");
  EXPECT_EQ(call(f, "(1,)", "{'a': 1, 'k': 1}"),
            "TypeError: f() got some positional-only arguments passed as keyword arguments: 'a'");
  EXPECT_EQ(call(f, "(1,)", "{'z': 1}"), "TypeError: f() got an unexpected keyword argument 'z'");
  EXPECT_EQ(call(f, "(1, 2)", "{'b': 1}"), "TypeError: f() got multiple values for argument 'b'");
  Py_DECREF(f);
}

TEST(RuntimeFunction, Attributes) {
  ensurePython();
  PyObject *f = makeFunction();
  ASSERT_NE(f, nullptr) << takeError();
  PyObject *module = PyObject_GetAttrString(f, "__module__");
  EXPECT_EQ(repr(module), "'m'");
  PyObject *doc = PyObject_GetAttrString(f, "__doc__");
  EXPECT_EQ(repr(doc), "'doc'");
  EXPECT_EQ(repr(f).rfind("<function f at 0x", 0), 0u);
  PyObject *one = PyLong_FromLong(1);
  EXPECT_EQ(PyObject_SetAttrString(f, "__wrapped__", one), 0);
  PyObject *wrapped = PyObject_GetAttrString(f, "__wrapped__");
  EXPECT_EQ(wrapped, one);
  EXPECT_EQ(PyObject_SetAttrString(f, "__defaults__", one), -1);
  EXPECT_EQ(takeError(), "TypeError: __defaults__ must be set to a tuple object");
  Py_XDECREF(wrapped);
  Py_DECREF(one);
  Py_XDECREF(doc);
  Py_XDECREF(module);
  Py_DECREF(f);
}

TEST(RuntimeOps, UnpackMessages) {
  ensurePython();
  PyObject *t = eval("(1, 2)");
  PyObject *r = pylc_unpack(t, 3);
  EXPECT_EQ(r, nullptr);
  EXPECT_EQ(takeError(), "ValueError: not enough values to unpack (expected 3, got 2)");
  r = pylc_unpack(t, 1);
  EXPECT_EQ(takeError(), "ValueError: too many values to unpack (expected 1)");
  r = pylc_unpack_ex(t, 1, 2);
  EXPECT_EQ(takeError(), "ValueError: not enough values to unpack (expected at least 3, got 2)");
  r = pylc_unpack_ex(t, 1, 0);
  EXPECT_EQ(repr(r), "(1, [2])");
  Py_XDECREF(r);
  PyObject *i = PyLong_FromLong(5);
  EXPECT_EQ(pylc_unpack(i, 2), nullptr);
  EXPECT_EQ(takeError(), "TypeError: cannot unpack non-iterable int object");
  Py_DECREF(i);
  Py_DECREF(t);
}

TEST(RuntimeNames, NameErrorCarriesName) {
  ensurePython();
  PyObject *globals = PyDict_New();
  PyObject *name = PyUnicode_InternFromString("undefined_thing");
  EXPECT_EQ(pylc_load_global(globals, name), nullptr);
  PyObject *type, *value, *tb;
  PyErr_Fetch(&type, &value, &tb);
  PyErr_NormalizeException(&type, &value, &tb);
  EXPECT_EQ(type, PyExc_NameError);
  PyObject *attr = PyObject_GetAttrString(value, "name");
  EXPECT_EQ(attr, name);
  Py_XDECREF(attr);
  Py_XDECREF(type);
  Py_XDECREF(value);
  Py_XDECREF(tb);
  PyObject *len = pylc_load_global(globals, PyUnicode_InternFromString("len"));
  EXPECT_NE(len, nullptr);
  Py_XDECREF(len);
  EXPECT_EQ(pylc_raise_unbound_local(name), nullptr);
  EXPECT_EQ(takeError(), "UnboundLocalError: cannot access local variable 'undefined_thing' "
                         "where it is not associated with a value");
  Py_DECREF(name);
  Py_DECREF(globals);
}

TEST(RuntimeExceptions, RaiseChecks) {
  ensurePython();
  PyObject *one = PyLong_FromLong(1);
  pylc_raise(one, nullptr);
  EXPECT_EQ(takeError(), "TypeError: exceptions must derive from BaseException");
  pylc_raise(PyExc_ValueError, one);
  EXPECT_EQ(takeError(), "TypeError: exception causes must derive from BaseException");
  pylc_reraise();
  EXPECT_EQ(takeError(), "RuntimeError: No active exception to reraise");
  pylc_raise_assertion(nullptr);
  EXPECT_EQ(takeError(), "AssertionError");
  Py_DECREF(one);
}

TEST(RuntimeFormat, ConversionsAndSpecs) {
  ensurePython();
  PyObject *v = eval("'h\\xe9'");
  PyObject *spec = PyUnicode_FromString(">5");
  PyObject *a = pylc_format(v, 'a', spec);
  EXPECT_EQ(repr(a), "\"'h\\\\xe9'\"");
  PyObject *parts[] = {v, v};
  PyObject *s = pylc_build_string(parts, 2);
  EXPECT_EQ(repr(s), "'h\xc3\xa9h\xc3\xa9'");
  Py_XDECREF(s);
  Py_XDECREF(a);
  Py_DECREF(spec);
  Py_DECREF(v);
}

TEST(RuntimeMatch, SequenceMappingAndLen) {
  ensurePython();
  const char *sequences[] = {"[1]", "(1,)", "range(3)", "memoryview(b'')",
                             "__import__('collections').deque()"};
  for (const char *src : sequences) {
    PyObject *v = eval(src);
    EXPECT_EQ(pylc_match_sequence(v), 1) << src;
    EXPECT_EQ(pylc_match_mapping(v), 0) << src;
    Py_DECREF(v);
  }
  const char *others[] = {"'ab'", "b'ab'", "bytearray(b'ab')", "{1, 2}", "iter([])"};
  for (const char *src : others) {
    PyObject *v = eval(src);
    EXPECT_EQ(pylc_match_sequence(v), 0) << src;
    Py_DECREF(v);
  }
  PyObject *d = eval("{'a': 1, 'b': 2}");
  EXPECT_EQ(pylc_match_mapping(d), 1);
  PyObject *len = pylc_match_len(d);
  EXPECT_EQ(repr(len), "2");
  Py_XDECREF(len);
  Py_DECREF(d);
  PyObject *i = PyLong_FromLong(3);
  EXPECT_EQ(pylc_match_len(i), nullptr);
  EXPECT_EQ(takeError(), "TypeError: object of type 'int' has no len()");
  Py_DECREF(i);
}

TEST(RuntimeMatch, KeysAndRest) {
  ensurePython();
  PyObject *d = eval("{'a': 1, 'b': 2, 'c': 3}");
  PyObject *keys = eval("('c', 'a')");
  PyObject *values = pylc_match_keys(d, keys);
  EXPECT_EQ(repr(values), "(3, 1)");
  Py_XDECREF(values);
  PyObject *rest = pylc_match_rest(d, keys);
  EXPECT_EQ(repr(rest), "{'b': 2}");
  Py_XDECREF(rest);
  PyObject *missing = eval("('a', 'z')");
  values = pylc_match_keys(d, missing);
  EXPECT_EQ(values, Py_None);
  Py_XDECREF(values);
  PyObject *dup = eval("('a', 'a')");
  EXPECT_EQ(pylc_match_keys(d, dup), nullptr);
  EXPECT_EQ(takeError(), "ValueError: mapping pattern checks duplicate key ('a')");
  // defaultdict: get() does not create the key.
  PyObject *dd = eval("__import__('collections').defaultdict(int, a=1)");
  values = pylc_match_keys(dd, missing);
  EXPECT_EQ(values, Py_None);
  EXPECT_EQ(PyObject_Length(dd), 1);
  Py_XDECREF(values);
  for (PyObject *o : {d, keys, missing, dup, dd})
    Py_DECREF(o);
}

TEST(RuntimeMatch, ClassMessages) {
  ensurePython();
  PyObject *five = PyLong_FromLong(5);
  PyObject *none = PyTuple_New(0);
  PyObject *attrs = pylc_match_class(five, (PyObject *)&PyLong_Type, 1, none);
  EXPECT_EQ(repr(attrs), "(5,)"); // int matches itself
  Py_XDECREF(attrs);
  attrs = pylc_match_class(five, (PyObject *)&PyUnicode_Type, 1, none);
  EXPECT_EQ(attrs, Py_None);
  Py_XDECREF(attrs);
  EXPECT_EQ(pylc_match_class(five, (PyObject *)&PyLong_Type, 2, none), nullptr);
  EXPECT_EQ(takeError(), "TypeError: int() accepts 1 positional sub-pattern (2 given)");
  EXPECT_EQ(pylc_match_class(five, five, 0, none), nullptr);
  EXPECT_EQ(takeError(), "TypeError: called match pattern must be a type");
  PyObject *names = eval("('real', 'real')");
  EXPECT_EQ(pylc_match_class(five, (PyObject *)&PyLong_Type, 0, names), nullptr);
  EXPECT_EQ(takeError(), "TypeError: int() got multiple sub-patterns for attribute 'real'");
  PyObject *missing = eval("('nope',)");
  attrs = pylc_match_class(five, (PyObject *)&PyLong_Type, 0, missing);
  EXPECT_EQ(attrs, Py_None);
  Py_XDECREF(attrs);
  for (PyObject *o : {five, none, names, missing})
    Py_DECREF(o);
}

} // namespace
