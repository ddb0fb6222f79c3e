// The symbol table against CPython's own `symtable` module: for tricky sources, every
// scope's every name must get the scope (local, global explicit/implicit, free, cell) that
// CPython's symtable gives it.
#include "frontend/Parser.h"
#include "lowering/SymbolTable.h"

#include <Python.h>
#include <gtest/gtest.h>

#include <sstream>

using namespace pylc;

namespace {

// "scope: name=kind name=kind ..." lines, children in creation order, names sorted.
void dump(const SymbolScope &s, std::ostringstream &os) {
  std::string name = s.name;
  if (name.size() > 2 && name.front() == '<' && name.back() == '>')
    name = name.substr(1, name.size() - 2);
  std::vector<std::string> items;
  for (auto &sym : s.symbols())
    items.push_back(sym.name + "=" + std::to_string(static_cast<int>(sym.scope)));
  std::sort(items.begin(), items.end());
  os << name << ":";
  for (auto &i : items)
    os << " " << i;
  os << "\n";
  for (auto &c : s.children)
    dump(*c, os);
}

std::string ours(const std::string &src) {
  auto module = parseModule(src, "/tmp/pylc-test/t.py");
  auto table = SymbolTable::build("/tmp/pylc-test/t.py", *module);
  std::ostringstream os;
  dump(table->top(), os);
  return os.str();
}

std::string cpythons(const std::string &src) {
  PyObject *globals = PyDict_New();
  PyDict_SetItemString(globals, "__builtins__", PyEval_GetBuiltins());
  PyDict_SetItemString(globals, "src", PyUnicode_FromString(src.c_str()));
  const char *script =
      "import symtable\n"
      "def walk(t, out):\n"
      "    items = sorted(f'{s.get_name()}={s._Symbol__scope}' for s in t.get_symbols())\n"
      "    out.append(t.get_name() + ':' + ''.join(' ' + i for i in items))\n"
      "    for c in t.get_children():\n"
      "        walk(c, out)\n"
      "lines = []\n"
      "walk(symtable.symtable(src, 't.py', 'exec'), lines)\n"
      "result = '\\n'.join(lines) + '\\n'\n";
  PyObject *r = PyRun_String(script, Py_file_input, globals, globals);
  std::string out;
  if (!r) {
    PyErr_Print();
  } else {
    Py_DECREF(r);
    out = PyUnicode_AsUTF8(PyDict_GetItemString(globals, "result"));
  }
  Py_DECREF(globals);
  return out;
}

class SymbolTableTest : public ::testing::TestWithParam<const char *> {
protected:
  static void SetUpTestSuite() {
    if (!Py_IsInitialized())
      Py_InitializeEx(0);
  }
};

TEST_P(SymbolTableTest, MatchesCPythonSymtable) {
  std::string src = GetParam();
  EXPECT_EQ(ours(src), cpythons(src)) << src;
}

const char *const kSources[] = {
    // locals, globals, implicit globals, parameters
    "x = 1\ndef f(a, *b, c=2, **d):\n    y = a\n    return x, y, z\n",
    // explicit global in a nested function makes the name global everywhere
    "def f():\n    def g():\n        global v\n        v = 1\n    v = 2\n    return g\n",
    // cells, free variables, nonlocal, a free variable passing through a middle scope
    "def f(p):\n    c = 1\n    def g():\n        def h():\n            nonlocal c\n"
    "            c += p\n        return h\n    return g\n",
    // class scopes are invisible to methods; DEF_FREE_CLASS; the __class__ cell
    "def f():\n    x = 1\n    class C:\n        x = 2\n        y = x\n"
    "        def m(self):\n            return x, super().m(), __class__\n    return C\n",
    // comprehension scopes, the first iterable outside, walrus targets
    "def f(xs):\n    total = 0\n    ys = [total := total + x for x in xs if x]\n"
    "    g = (y * 2 for y in ys)\n    return {k: v for k, v in zip(xs, ys)}, g, total\n",
    // lambdas, defaults in the enclosing scope, deletion of a cell variable
    "def f(a):\n    h = lambda b=a: a + b\n    del a\n    return h\n",
    // private name mangling
    "class C:\n    __x = 1\n    def m(self, __y):\n        return self.__x, __y, __z\n",
    // imports, try/except names, with targets, for targets, annotations
    "import os.path as p, sys\ndef f():\n    from os import sep\n    try:\n        pass\n"
    "    except E as e:\n        pass\n    with open(p) as fh:\n        for i, j in fh:\n"
    "            pass\n    q: int\n    return sep\n",
    // class in a class, a name both global and used in a method
    "def outer():\n    class A:\n        class B:\n            def m(self):\n"
    "                return A, B\n    return A\n",
};

INSTANTIATE_TEST_SUITE_P(Sources, SymbolTableTest, ::testing::ValuesIn(kSources));

} // namespace
